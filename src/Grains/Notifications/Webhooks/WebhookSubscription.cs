namespace CaseFlow.Grains.Notifications.Webhooks;

/// <summary>A webhook subscription as admins see it; the secret is write-only and never part of it.</summary>
/// <param name="Id">The subscription id.</param>
/// <param name="Url">Where events are POSTed.</param>
/// <param name="Description">What the integration is, for admins.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">The admin who created it.</param>
/// <param name="Kinds">Notification kinds delivered, or <c>*</c> for all.</param>
/// <param name="Active">False once deleted: nothing new is queued and pending deliveries are cancelled, the history stays.</param>
public sealed record WebhookSubscription(
    string Id,
    string Url,
    IReadOnlyList<string> Kinds,
    string? Description,
    bool Active,
    DateTimeOffset CreatedAt,
    string CreatedBy);
