using System.Text;

namespace CaseFlow.Api.Webhooks;

/// <summary>Body of <c>POST /api/admin/webhooks</c>.</summary>
/// <param name="Url">Absolute http or https URL the events are POSTed to; https outside a test bench.</param>
/// <param name="Secret">The HMAC key of <c>X-CaseFlow-Signature</c>, 16 to 256 characters; it is never shown again.</param>
/// <param name="Kinds">Notification kinds to deliver (taskAvailable, taskAssigned, taskAtRisk, taskOverdue, taskReminder, taskEscalated, incidentRaised), or <c>*</c> for all.</param>
/// <param name="Description">What the integration is, for admins.</param>
public sealed record CreateWebhookRequest(string? Url, string? Secret, IReadOnlyList<string>? Kinds, string? Description)
{
    // Records print every member by default; the secret must never reach a log or an exception text.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Url = ").Append(Url).Append(", secret withheld");
        return true;
    }
}
