using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Sla;

namespace CaseFlow.Grains.Instances;

/// <summary>Builds the caller's view of an instance from its stored state.</summary>
internal static class InstanceViews
{
    public static ProcessInstanceView From(ProcessInstanceState stored)
    {
        var s = stored.Instance!;
        return new ProcessInstanceView(
            s.InstanceId,
            s.ProcessKey,
            s.ProcessVersion,
            Word(s.Status.ToString()),
            s.BusinessKey,
            stored.PersonId,
            stored.PetitionId,
            s.StartedAt,
            s.EndedAt,
            [.. s.Elements.Select(e => e.ElementId)],
            [.. s.Tasks.Select(t => WithClock(Task(t), stored.TaskClocks))],
            [.. s.Jobs.Select(j => new InstanceJobView(j.JobId, j.ElementId, j.Topic, j.Attempt, j.AttemptsLeft, Word(j.State.ToString()), j.LastError, j.LockOwner, j.LockExpiresAt))],
            [.. s.Incidents.Select(i => new InstanceIncidentView(i.IncidentId, i.Type, i.ElementId, i.Message, i.CreatedAt, i.Retryable))],
            InstanceVariables.ToJson(s.RootVariables),
            s.NextTimer()?.DueAt,
            stored.JurisdictionCode,
            [.. s.Calls.Select(c => new InstanceCallView(c.ChildInstanceId, c.ElementId, c.ProcessKey))],
            stored.ParentInstanceId,
            stored.EscalationsToReport.Count);
    }

    private static InstanceTaskView Task(UserTaskInstance t) =>
        new(t.TaskId, t.ElementId, t.Name, t.Assignee, [.. t.CandidateUsers], [.. t.CandidateGroups], t.DueDate, t.FollowUpDate, t.Priority, t.CreatedAt,
            t.Owner, t.Delegation is { } delegation ? Word(delegation.ToString()) : null, t.Revision);

    private static InstanceTaskView WithClock(InstanceTaskView task, IEnumerable<TaskClock> clocks) =>
        clocks.FirstOrDefault(c => string.Equals(c.TaskId, task.TaskId, StringComparison.Ordinal)) is { } clock
            ? task with { SlaDueAt = clock.DueAt, SlaWarnAt = clock.WarnAt, SlaProvisional = clock.Provisional, SlaPaused = clock.PausedAt is not null, SlaUrgency = SlaUrgency.Of(clock.Fired), SlaOverdueListedAt = clock.OverdueListedAt }
            : task;

    // camelCase words (active, waitingRetry): the spelling the view documents, independent of C# member names changing case.
    private static string Word(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
