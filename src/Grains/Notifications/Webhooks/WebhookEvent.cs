using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseFlow.Grains.Notifications.Webhooks;

/// <summary>The JSON body a webhook receives for one event; stored in the outbox exactly as it is signed and sent.</summary>
/// <param name="Id">Stable per event (<c>&lt;instance&gt;#&lt;sequence&gt;:&lt;kind&gt;</c>); a receiver deduplicates retries on it.</param>
/// <param name="Kind">The notification kind.</param>
/// <param name="OccurredAt">When it happened in the instance.</param>
/// <param name="Title">The notification title; never personal data.</param>
/// <param name="InstanceId">The process instance.</param>
/// <param name="ProcessKey">Its process key.</param>
/// <param name="ProcessName">Its process name, when known.</param>
/// <param name="TaskId">The task, if any.</param>
/// <param name="TaskName">The task name, if any.</param>
/// <param name="JurisdictionCode">The instance's jurisdiction.</param>
/// <param name="Recipients">The logins the event notified, so an SMS or chat gateway can reach them; no names, no contact data.</param>
public sealed record WebhookEvent(
    string Id,
    string Kind,
    DateTimeOffset OccurredAt,
    string Title,
    string InstanceId,
    string ProcessKey,
    string? ProcessName,
    string? TaskId,
    string? TaskName,
    string? JurisdictionCode,
    IReadOnlyList<string> Recipients)
{
    /// <summary>camelCase, nulls left out: the wire format of every webhook body.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
