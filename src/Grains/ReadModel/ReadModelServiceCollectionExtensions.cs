using CaseFlow.Grains.ReadModel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the change-feed projector and the read-model services.</summary>
public static class ReadModelServiceCollectionExtensions
{
    public static IServiceCollection AddCaseFlowReadModel(this IServiceCollection services)
    {
        services.AddOptions<ProjectorOptions>().BindConfiguration(ProjectorOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProjectorOptions>, ProjectorOptions.Validator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChangeFeedSignal>();
        services.TryAddSingleton<ProjectorStatus>();
        services.TryAddSingleton<ProjectionWriter>();
        services.TryAddSingleton<ChangeFeedBacklog>();
        services.TryAddSingleton<ReadModelRebuilder>();
        services.TryAddSingleton<ChangeFeedProjector>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeFeedProjector>());
        return services;
    }
}
