using CaseFlow.Grains.Processes;
using CaseFlow.Grains.Processes.ReadModel;
using CaseFlow.Grains.ReadModel;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what the process-definition grains, their projection and the process queries need.</summary>
/// <remarks>
/// The host also provides <c>CaseFlowDatabase</c> and the System.Text.Json grain storage serializer. The parser
/// options are a constant (<see cref="ProcessParsing"/>) until a handler registry exists. Safe to call more than once.
/// </remarks>
public static class ProcessesServiceCollectionExtensions
{
    public static IServiceCollection AddCaseFlowProcesses(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProcessQueries>();
        services.TryAddSingleton<IProcessKeySource, ReadModelProcessKeySource>();
        services.TryAddSingleton(CaseFlow.Grains.Instances.EngineOptionsFromServices.Create);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProjection, ProcessDefinitionProjection>());
        return services;
    }
}
