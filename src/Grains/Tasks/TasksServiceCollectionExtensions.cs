using CaseFlow.Grains.Forms;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Tasks;
using CaseFlow.Grains.Tasks.ReadModel;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the worklist projection and queries, the form store, and the calendar task SLA clocks count with.</summary>
/// <remarks>The host also provides <c>CaseFlowDatabase</c> and the grain storage serializer. Safe to call more than once.</remarks>
public static class TasksServiceCollectionExtensions
{
    public static IServiceCollection AddCaseFlowTasks(this IServiceCollection services)
    {
        // One calendar per node: the one the host registered (with the admins' override folder), else the shipped files.
        services.TryAddSingleton(provider => provider.GetService<CaseFlow.Workflows.Calendar.WorkCalendar>() is { } calendar
            ? new TaskCalendar(calendar)
            : TaskCalendar.FromShippedSeeds());
        services.TryAddSingleton<TaskQueries>();
        services.TryAddSingleton<TaskFilterStore>();
        services.TryAddSingleton<TaskAttachmentStore>();
        services.TryAddSingleton<FormStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProjection, TaskProjection>());
        return services;
    }
}
