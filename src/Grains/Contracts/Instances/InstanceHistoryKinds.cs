namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>The <see cref="InstanceHistoryEntry.Kind"/> words; stored and shown to auditors, so never renamed.</summary>
public static class InstanceHistoryKinds
{
    public const string Started = "started";
    public const string TaskCreated = "taskCreated";
    public const string TaskCompleted = "taskCompleted";
    public const string TaskCancelled = "taskCancelled";
    public const string TaskDue = "taskDue";
    /// <summary>A timer fired; the detail is how late, as a constant-format time span (<c>00:00:01.2500000</c>).</summary>
    public const string TimerFired = "timerFired";
    public const string JobCreated = "jobCreated";
    public const string IncidentRaised = "incidentRaised";
    public const string IncidentResolved = "incidentResolved";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string Modified = "modified";
    public const string Migrated = "migrated";
    public const string TaskReturned = "taskReturned";
    public const string TaskCommented = "taskCommented";
    public const string TaskFollowUpDue = "taskFollowUpDue";

    // Task command changes use the engine's words (TaskChanges): taskClaimed, taskUnclaimed, taskAssigned,
    // taskDelegated, taskResolved, taskDueDateChanged, taskFollowUpDateChanged, taskPriorityChanged.
}
