using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;

namespace CaseFlow.Grains.Instances;

/// <summary>Turns one accepted step into history entries.</summary>
/// <remarks>
/// The engine keeps only live things (its history is the host's), so the grain writes these entries in the same
/// state write as the step: the history can never miss a step that happened or show one that did not. Bookkeeping
/// effects (timer scheduling, wake-ups, continuations) are left out; they say nothing a person acts on.
/// </remarks>
internal static class InstanceHistory
{
    public static ImmutableList<InstanceHistoryEntry> Append(
        ImmutableList<InstanceHistoryEntry> history, EngineCommand command, IEnumerable<EngineEffect> effects, DateTimeOffset at)
    {
        var builder = history.ToBuilder();
        if (command is StartInstance start)
        {
            Add(builder, at, InstanceHistoryKinds.Started, actor: start.Initiator);
        }

        if (command is ModifyInstance modify)
        {
            Add(builder, at, InstanceHistoryKinds.Modified, actor: modify.Actor, detail: ModificationDetail(modify));
        }

        foreach (var effect in effects)
        {
            switch (effect)
            {
                case TaskCreated created:
                    Add(builder, at, InstanceHistoryKinds.TaskCreated, created.Task.ElementId, created.Task.TaskId);
                    break;
                case TaskCompleted completed:
                    Add(builder, at, InstanceHistoryKinds.TaskCompleted, completed.ElementId, completed.TaskId, completed.Actor);
                    break;
                case TaskCancelled cancelled:
                    Add(builder, at, InstanceHistoryKinds.TaskCancelled, cancelled.ElementId, cancelled.TaskId);
                    break;
                case TaskDue due:
                    Add(builder, at, InstanceHistoryKinds.TaskDue, due.ElementId, due.TaskId);
                    break;
                case TimerFired fired:
                    Add(builder, at, InstanceHistoryKinds.TimerFired, fired.ElementId, detail: fired.Lateness.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case JobCreated job:
                    Add(builder, at, InstanceHistoryKinds.JobCreated, job.ElementId, detail: job.Topic);
                    break;
                case IncidentRaised raised:
                    Add(builder, at, InstanceHistoryKinds.IncidentRaised, raised.Incident.ElementId, detail: raised.Incident.Type);
                    break;
                case IncidentResolved resolved:
                    Add(builder, at, InstanceHistoryKinds.IncidentResolved, actor: resolved.Actor, detail: resolved.Resolution);
                    break;
                case InstanceCompleted:
                    Add(builder, at, InstanceHistoryKinds.Completed);
                    break;
                case InstanceCancelled cancelled:
                    Add(builder, at, InstanceHistoryKinds.Cancelled, actor: cancelled.Actor, detail: cancelled.Reason);
                    break;
                case TaskUpdated updated:
                    Add(builder, at, updated.Change, updated.Task.ElementId, updated.Task.TaskId, updated.Actor, updated.Detail);
                    break;
                case MessageCorrelated correlated:
                    Add(builder, at, InstanceHistoryKinds.MessageCorrelated, correlated.ElementId, detail: correlated.MessageName);
                    break;
                case ListenerFailed failed:
                    Add(builder, at, InstanceHistoryKinds.ListenerFailed, failed.ElementId, failed.TaskId, detail: failed.Message);
                    break;
                case TaskFollowUpDue followUp:
                    Add(builder, at, InstanceHistoryKinds.TaskFollowUpDue, followUp.ElementId, followUp.TaskId);
                    break;
                case TaskReturned returned:
                    Add(builder, at, InstanceHistoryKinds.TaskReturned, returned.ElementId, returned.TaskId, returned.Actor, $"to {returned.TargetElementId}: {returned.Reason}");
                    break;
                case ChildInstanceRequested call:
                    Add(builder, at, InstanceHistoryKinds.CallStarted, call.Call.ElementId, detail: $"{call.Call.ProcessKey} {call.Call.ChildInstanceId}");
                    break;
                case ChildInstanceCancelled call:
                    Add(builder, at, InstanceHistoryKinds.CallCancelled, call.ElementId, detail: call.ChildInstanceId);
                    break;
                case EscalationCaught caught:
                    Add(builder, at, InstanceHistoryKinds.EscalationCaught, caught.ThrowerElementId, detail: $"{caught.EscalationCode} at {caught.BoundaryId}");
                    break;
                case EscalationNotCaught notCaught:
                    Add(builder, at, InstanceHistoryKinds.EscalationNotCaught, notCaught.ThrowerElementId, detail: notCaught.EscalationCode);
                    break;
                case EscalationRaisedToCaller raised:
                    Add(builder, at, InstanceHistoryKinds.EscalationPassedToCaller, raised.ThrowerElementId, detail: raised.EscalationCode);
                    break;
                default:
                    break;
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The entry of a migration (R84): who moved the instance from which version to which.</summary>
    public static ImmutableList<InstanceHistoryEntry> AppendMigration(
        ImmutableList<InstanceHistoryEntry> history, string actor, int fromVersion, int toVersion, int mappings, DateTimeOffset at)
    {
        var builder = history.ToBuilder();
        Add(builder, at, InstanceHistoryKinds.Migrated, actor: actor,
            detail: FormattableString.Invariant($"from v{fromVersion} to v{toVersion} with {mappings} element mappings"));
        return builder.ToImmutable();
    }

    // Element ids and the reason only: what moved where, never a variable value.
    private static string ModificationDetail(ModifyInstance modify) =>
        string.Join("; ", modify.Instructions.Select(i => $"{i.Kind} {i.ElementId ?? i.ElementInstanceId}{(i.ViaFlow is null ? string.Empty : " via " + i.ViaFlow)}"))
        + (modify.Variables is { Count: > 0 } variables ? $"; set {string.Join(", ", variables.Keys)}" : string.Empty)
        + (modify.Reason is { Length: > 0 } reason ? $" ({reason})" : string.Empty);

    /// <summary>One entry recorded outside a step (a listener handler's outcome), numbered after the last.</summary>
    public static ImmutableList<InstanceHistoryEntry> AppendOne(
        ImmutableList<InstanceHistoryEntry> history, DateTimeOffset at, string kind, string? elementId, string? taskId, string? detail) =>
        history.Add(new InstanceHistoryEntry(history.Count + 1, at, kind, elementId, taskId, null, detail));

    private static void Add(
        ImmutableList<InstanceHistoryEntry>.Builder builder, DateTimeOffset at, string kind,
        string? elementId = null, string? taskId = null, string? actor = null, string? detail = null) =>
        builder.Add(new InstanceHistoryEntry(builder.Count + 1, at, kind, elementId, taskId, actor, detail));
}
