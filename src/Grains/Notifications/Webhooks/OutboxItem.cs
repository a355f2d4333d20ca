using System.Text;

namespace CaseFlow.Grains.Notifications.Webhooks;

/// <summary>A claimed delivery: what the dispatcher sends, where, and the key it signs with.</summary>
/// <param name="Id">The outbox row.</param>
/// <param name="WebhookId">The subscription.</param>
/// <param name="Url">Where to POST.</param>
/// <param name="Secret">The HMAC key of the signature.</param>
/// <param name="EventId">The event's stable id.</param>
/// <param name="Payload">The exact body to sign and send.</param>
/// <param name="Attempts">Attempts made before this one.</param>
public sealed record OutboxItem(long Id, string WebhookId, string Url, string Secret, string EventId, string Payload, int Attempts)
{
    // Records print every member by default; this one may reach a log or an exception text, so the secret stays out.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", WebhookId = ").Append(WebhookId).Append(", EventId = ").Append(EventId).Append(", secret withheld");
        return true;
    }
}
