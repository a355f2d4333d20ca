namespace CaseFlow.Api.Notifications;

/// <summary>Stable codes of the notification and webhook endpoints.</summary>
public static class NotificationErrorCodes
{
    /// <summary>The caller has no notification with this id (someone else's answers the same).</summary>
    public const string NotificationNotFound = "NOTIFICATION_NOT_FOUND";

    /// <summary>No webhook subscription has this id.</summary>
    public const string WebhookNotFound = "WEBHOOK_NOT_FOUND";
}
