namespace CaseFlow.Grains.Notifications.Webhooks;

/// <summary>A page of one subscription's deliveries, newest first.</summary>
public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDelivery> Items, int Page, int PageSize, long Total);
