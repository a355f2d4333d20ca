using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Notifications;

namespace CaseFlow.Api.Instances;

/// <summary>One line of an instance's history as the API shows it: the stored entry and who it notified.</summary>
/// <param name="Sequence">1-based, gap-free within the instance.</param>
/// <param name="At">When it happened.</param>
/// <param name="Kind">A stable camelCase word (docs/instances.md).</param>
/// <param name="ElementId">The BPMN element it is about, if any.</param>
/// <param name="TaskId">The user task it is about, if any.</param>
/// <param name="Actor">Who caused it; null for the engine's own work (timers, the SLA ladder).</param>
/// <param name="Detail">A reason, incident type or resolution; never a variable value.</param>
/// <param name="Notified">The logins whose inbox it reached (warnings, escalations, reminders, assignments); empty when it notified nobody.</param>
public sealed record InstanceHistoryItem(
    int Sequence, DateTimeOffset At, string Kind, string? ElementId, string? TaskId, string? Actor, string? Detail, IReadOnlyList<string> Notified)
{
    /// <summary>The entries of one instance, each with its recipients.</summary>
    public static async Task<IReadOnlyList<InstanceHistoryItem>> ListAsync(
        string instanceId, IEnumerable<InstanceHistoryEntry> entries, HistoryRecipients recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(recipients);
        var notified = await recipients.OfAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return
        [
            .. entries.Select(e => new InstanceHistoryItem(
                e.Sequence, e.At, e.Kind, e.ElementId, e.TaskId, e.Actor, e.Detail, notified.GetValueOrDefault(e.Sequence) ?? [])),
        ];
    }
}
