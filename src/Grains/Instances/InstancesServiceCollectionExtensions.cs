using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Instances.Listeners;
using CaseFlow.Grains.Instances.ReadModel;
using CaseFlow.Grains.Messages;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what the process-instance grains need: one shared engine and the service task handlers.</summary>
/// <remarks>
/// The engine is stateless apart from per-model caches, so one serves every instance. Hosts may register their own
/// <see cref="EngineOptions"/> (a working-day calendar, limits) before calling this. Handlers are added with
/// <c>services.AddSingleton&lt;IServiceTaskHandler, MyHandler&gt;()</c>. Safe to call more than once.
/// </remarks>
public static class InstancesServiceCollectionExtensions
{
    public static IServiceCollection AddCaseFlowInstances(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(EngineOptionsFromServices.Create);
        services.TryAddSingleton(provider => new Engine(provider.GetRequiredService<EngineOptions>()));
        services.TryAddSingleton<ServiceTaskHandlers>();
        services.TryAddSingleton<TaskListenerHandlers>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITaskListenerHandler, RemindListenerHandler>());
        services.TryAddSingleton<ProcessModelCache>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, EngineWarmUp>());
        // A factory, so hosts without a read-model database (grain test silos) still build their container.
        services.TryAddSingleton(provider => new InstanceQueries(provider.GetRequiredService<CaseFlowDatabase>()));
        services.TryAddSingleton(provider => new CaseFlow.Grains.Messages.MessageSubscriptionQueries(provider.GetRequiredService<CaseFlowDatabase>()));
        services.AddOptions<MessageBufferingOptions>().BindConfiguration(MessageBufferingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MessageBufferingOptions>, MessageBufferingOptions.Validator>());
        services.TryAddSingleton<IBufferedMessageStore>(provider =>
            provider.GetService<CaseFlowDatabase>() is { } database ? new SqlBufferedMessageStore(database) : new NoMessageBufferStore());
        services.TryAddSingleton<BufferedMessageSweeper>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, BufferedMessageSweeper>(provider => provider.GetRequiredService<BufferedMessageSweeper>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProjection, ProcessInstanceProjection>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProjection, CaseFlow.Grains.Messages.MessageSubscriptionProjection>());
        return services;
    }
}
