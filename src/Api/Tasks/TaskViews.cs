using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Tasks.ReadModel;
using CaseFlow.Workflows.Sla;

namespace CaseFlow.Api.Tasks;

/// <summary>Builds the worklist shape of a task from the instance grain's view, so one task looks the same everywhere.</summary>
/// <remarks>
/// Instants are given in UTC, as the read model stores them, so a task read both ways compares equal. A task whose
/// deadline is declared as a duration (<c>caseflow.sla.duration</c>, e.g. in working days) has no engine due date;
/// its due instant is the SLA deadline, so due-date filters and sorting treat both kinds alike.
/// </remarks>
public static class TaskViews
{
    public static TaskListItem From(ProcessInstanceView instance, InstanceTaskView task, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(task);
        return new TaskListItem(
            task.TaskId, instance.InstanceId, task.ElementId, task.Name, instance.ProcessKey, instance.ProcessVersion, task.Assignee, task.Owner,
            task.Delegation, [.. task.CandidateUsers], [.. task.CandidateGroups], instance.JurisdictionCode, instance.PersonId, instance.PetitionId,
            instance.BusinessKey, task.Priority, task.CreatedAt.ToUniversalTime(), (task.DueDate ?? task.SlaDueAt)?.ToUniversalTime(), task.FollowUpDate?.ToUniversalTime(),
            new TaskSlaView(SlaStatuses.At(now, task.SlaDueAt, task.SlaWarnAt, task.SlaPaused), task.SlaDueAt?.ToUniversalTime(), task.SlaWarnAt?.ToUniversalTime(), task.SlaProvisional,
                task.SlaDueAt is null ? null : task.SlaUrgency, task.SlaOverdueListedAt?.ToUniversalTime()),
            task.Revision);
    }
}
