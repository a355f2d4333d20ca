using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Instances;

namespace CaseFlow.Grains.Notifications;

/// <summary>What one history entry is about, read from the snapshot that carries it.</summary>
/// <param name="Source">Stable id of the entry: <c>&lt;instance id&gt;#&lt;sequence&gt;</c>.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="ProcessKey">Its process key.</param>
/// <param name="TaskId">The open task the entry names, if any.</param>
/// <param name="TaskName">That task's name.</param>
/// <param name="Assignee">That task's current assignee.</param>
/// <param name="CandidateGroups">That task's candidate groups.</param>
/// <param name="JurisdictionCode">The instance's jurisdiction.</param>
/// <param name="Actor">Who caused the entry; never notified of their own act.</param>
/// <param name="OccurredAt">When the entry happened.</param>
/// <param name="Label">The task name, else the element id: what the title calls "the task".</param>
internal sealed record NotificationSubject(
    string Source,
    string InstanceId,
    string ProcessKey,
    string? TaskId,
    string? TaskName,
    string Label,
    string? Assignee,
    ImmutableList<string> CandidateGroups,
    string? JurisdictionCode,
    string? Actor,
    DateTimeOffset OccurredAt)
{
    /// <summary>
    /// The subject of an entry, or null when it names a task that is no longer open: the projector sees only the newest
    /// snapshot, and a task created and finished before it looked needs nobody's attention.
    /// </summary>
    public static NotificationSubject? From(string instanceId, ProcessInstanceState state, InstanceHistoryEntry entry)
    {
        var instance = state.Instance!;
        var source = instanceId + "#" + entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (entry.TaskId is { } taskId)
        {
            var task = instance.Tasks.FirstOrDefault(t => string.Equals(t.TaskId, taskId, StringComparison.Ordinal));
            return task is null
                ? null
                : new NotificationSubject(source, instanceId, instance.ProcessKey, taskId, task.Name, task.Name ?? task.ElementId,
                    task.Assignee, task.CandidateGroups, state.JurisdictionCode, entry.Actor, entry.At);
        }

        return new NotificationSubject(source, instanceId, instance.ProcessKey, null, null, entry.ElementId ?? instance.ProcessKey,
            null, [], state.JurisdictionCode, entry.Actor, entry.At);
    }
}
