namespace CaseFlow.Grains.Notifications.Webhooks;

/// <summary>The states of an outbox row; stored and shown to admins, so never renamed.</summary>
public static class WebhookDeliveryStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    public const string Pending = "pending";

    /// <summary>The receiver answered 2xx.</summary>
    public const string Delivered = "delivered";

    /// <summary>Every attempt failed; no more are made.</summary>
    public const string Failed = "failed";

    /// <summary>The subscription was deleted before delivery.</summary>
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } = [Pending, Delivered, Failed, Cancelled];
}
