namespace CaseFlow.Grains.Notifications.Webhooks;

/// <summary>One event's delivery to one subscription, for admins.</summary>
/// <param name="Id">The outbox row.</param>
/// <param name="EventId">The event's stable id, as sent in the body.</param>
/// <param name="Kind">The notification kind.</param>
/// <param name="Status">One of <see cref="WebhookDeliveryStatus"/>.</param>
/// <param name="NextAttemptAt">When a pending delivery is tried next.</param>
/// <param name="Attempts">Attempts made so far.</param>
/// <param name="LastAttemptAt">When the last attempt was made.</param>
/// <param name="LastStatusCode">The receiver's HTTP status of the last attempt; null when it could not be reached.</param>
/// <param name="DeliveredAt">When the receiver accepted it.</param>
/// <param name="CreatedAt">When the event was queued.</param>
/// <param name="LastError">Why the last attempt failed (status or error type); never the receiver's body.</param>
public sealed record WebhookDelivery(
    long Id,
    string EventId,
    string Kind,
    string Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset CreatedAt);
