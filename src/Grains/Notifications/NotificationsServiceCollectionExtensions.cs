using CaseFlow.Grains.Notifications;
using CaseFlow.Grains.Notifications.Webhooks;
using CaseFlow.Grains.ReadModel;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the notification producer (a projection of instance snapshots), the inbox store and the webhook store.</summary>
/// <remarks>The host also provides <c>CaseFlowDatabase</c>, <c>IJurisdictionDirectory</c> and the grain storage serializer. Safe to call more than once.</remarks>
public static class NotificationsServiceCollectionExtensions
{
    public static IServiceCollection AddCaseFlowNotificationStore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NotificationStore>();
        services.TryAddSingleton<HistoryRecipients>();
        services.TryAddSingleton<WebhookStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProjection, NotificationProjection>());
        return services;
    }
}
