namespace CaseFlow.Grains.Notifications;

/// <summary>The <c>kind</c> words of notifications; stored, sent to webhooks and filtered on, so never renamed.</summary>
public static class NotificationKinds
{
    /// <summary>A task is waiting for a group the recipient belongs to.</summary>
    public const string TaskAvailable = "taskAvailable";

    /// <summary>A task was given to the recipient.</summary>
    public const string TaskAssigned = "taskAssigned";

    /// <summary>A task passed its SLA deadline; sent to whoever works it (the escalation goes to supervisors).</summary>
    public const string TaskOverdue = "taskOverdue";

    /// <summary>A task reached its SLA warning point; sent to whoever works it.</summary>
    public const string TaskAtRisk = "taskAtRisk";

    /// <summary>A passed-deadline reminder; sent to whoever works the task.</summary>
    public const string TaskReminder = "taskReminder";

    /// <summary>A task's deadline passed and the case escalates; sent to the nearest supervisors, later the director.</summary>
    public const string TaskEscalated = "taskEscalated";

    /// <summary>A task is still overdue after its last reminder and is on the director's overdue list; sent to the director.</summary>
    public const string TaskOverdueListed = "taskOverdueListed";

    /// <summary>An instance stopped on an incident; sent to the supervisor of its jurisdiction.</summary>
    public const string IncidentRaised = "incidentRaised";
}
