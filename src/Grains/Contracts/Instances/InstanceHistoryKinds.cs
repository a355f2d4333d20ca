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

    /// <summary>A file was attached to a task; the detail is the attachment id, its detected type and size, never its name.</summary>
    public const string TaskAttachmentAdded = "taskAttachmentAdded";

    // The SLA ladder (DOMAIN.md §6.4), written by the instance grain when a clock reaches a rung.
    /// <summary>The task reached its warning point (at risk).</summary>
    public const string SlaWarning = "slaWarning";
    /// <summary>The task passed its deadline.</summary>
    public const string SlaBreached = "slaBreached";
    /// <summary>A passed-deadline reminder; the detail says which of how many.</summary>
    public const string SlaReminder = "slaReminder";
    /// <summary>The breach escalated to the nearest caseworker up the jurisdiction tree (<c>caseflow.sla.escalateTo</c>).</summary>
    public const string SlaEscalatedToCaseworker = "slaEscalatedToCaseworker";
    /// <summary>The breach (or a climb) escalated to the nearest supervisor up the jurisdiction tree.</summary>
    public const string SlaEscalated = "slaEscalated";
    /// <summary>The breach or a climb escalated to the director.</summary>
    public const string SlaEscalatedToDirector = "slaEscalatedToDirector";
    /// <summary>The warning copied to the nearest supervisors up the jurisdiction tree (<c>caseflow.sla.warnSupervisor</c>).</summary>
    public const string SlaWarningCopied = "slaWarningCopied";
    /// <summary>The last reminder was sent: reminders stop, the clock stays red and the task is on the director's overdue list.</summary>
    public const string SlaOverdueListed = "slaOverdueListed";
    /// <summary>The task's clock was paused; the detail is the reason.</summary>
    public const string TaskPaused = "taskPaused";
    /// <summary>The task's clock runs again; the detail is the reason and the units added to the deadline.</summary>
    public const string TaskResumed = "taskResumed";

    /// <summary>A call activity asked for its child instance; the detail is the called key and the child's id.</summary>
    public const string CallStarted = "callStarted";

    /// <summary>A waiting call activity was cancelled, and its child with it; the detail is the child's id.</summary>
    public const string CallCancelled = "callCancelled";

    /// <summary>A message was delivered to a waiting element; the detail is the message name (R56).</summary>
    public const string MessageCorrelated = "messageCorrelated";

    /// <summary>A task listener failed, without blocking the task; the detail says why (R58).</summary>
    public const string ListenerFailed = "listenerFailed";

    /// <summary>The <c>caseflow.remind</c> listener reminded the task's workers; the detail is the listener id.</summary>
    public const string ListenerReminder = "listenerReminder";

    /// <summary>An escalation boundary caught an escalation (R43); the element is the thrower, the detail the code and the boundary.</summary>
    public const string EscalationCaught = "escalationCaught";

    /// <summary>An escalation found no catcher here or up the call chain (R44); the detail is the code.</summary>
    public const string EscalationNotCaught = "escalationNotCaught";

    /// <summary>An escalation nothing in this called instance caught went on to the caller (R43); the detail is the code.</summary>
    public const string EscalationPassedToCaller = "escalationPassedToCaller";

    // Task command changes use the engine's words (TaskChanges): taskClaimed, taskUnclaimed, taskAssigned,
    // taskDelegated, taskResolved, taskDueDateChanged, taskFollowUpDateChanged, taskPriorityChanged.
}
