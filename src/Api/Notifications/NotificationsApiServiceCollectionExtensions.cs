using CaseFlow.Api.Notifications;
using CaseFlow.Api.Webhooks;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers notifications end to end: the producer and stores, the stream's options and query token, and the webhook dispatcher.</summary>
public static class NotificationsApiServiceCollectionExtensions
{
    public static IServiceCollection AddCaseFlowNotifications(this IServiceCollection services)
    {
        services.AddCaseFlowNotificationStore();
        services.AddOptions<NotificationStreamOptions>().BindConfiguration(NotificationStreamOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationStreamOptions>, NotificationStreamOptions.Validator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<JwtBearerOptions>, StreamAccessToken>());

        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptions.Validator>());

        // Receivers are integrations, not browsers: a redirect is refused rather than followed to an address nobody configured.
        services.AddHttpClient(WebhookDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.TryAddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        return services;
    }
}
