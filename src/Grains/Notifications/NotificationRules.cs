using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Execution.Effects;

namespace CaseFlow.Grains.Notifications;

/// <summary>Which instance history entries notify whom: one line per (history kind, notification).</summary>
/// <remarks>
/// A new history kind needs one line here. Titles name the task and the process only: never a person, an ID number
/// or a variable value (the producer masks anything ID- or phone-shaped as a last defence).
/// </remarks>
public static class NotificationRules
{
    /// <summary>The history kind the task commands write when a task is given to someone (claim, assign, delegate).</summary>
    public const string TaskAssignedHistoryKind = TaskChanges.Assigned;

    public static IReadOnlyList<NotificationRule> All { get; } =
    [
        new(InstanceHistoryKinds.TaskCreated, NotificationKinds.TaskAvailable, NotificationAudience.CandidateGroups, "New task \"{task}\" in {process} is waiting for your group."),
        new(InstanceHistoryKinds.TaskCreated, NotificationKinds.TaskAssigned, NotificationAudience.Assignee, "Task \"{task}\" in {process} is assigned to you."),
        new(TaskAssignedHistoryKind, NotificationKinds.TaskAssigned, NotificationAudience.Assignee, "Task \"{task}\" in {process} is assigned to you."),
        new(TaskChanges.Delegated, NotificationKinds.TaskAssigned, NotificationAudience.Assignee, "Task \"{task}\" in {process} is delegated to you; resolve it to hand it back."),
        new(TaskChanges.Resolved, NotificationKinds.TaskAssigned, NotificationAudience.Assignee, "Task \"{task}\" in {process} you delegated is resolved and back with you."),
        new(InstanceHistoryKinds.SlaWarning, NotificationKinds.TaskAtRisk, NotificationAudience.Workers, "Task \"{task}\" in {process} is at risk: its deadline is near."),
        new(InstanceHistoryKinds.SlaWarningCopied, NotificationKinds.TaskAtRisk, NotificationAudience.Supervisors, "Task \"{task}\" in {process} is at risk: its deadline is near (copy for supervisors)."),
        new(InstanceHistoryKinds.SlaBreached, NotificationKinds.TaskOverdue, NotificationAudience.Workers, "Task \"{task}\" in {process} has passed its deadline."),
        new(InstanceHistoryKinds.SlaReminder, NotificationKinds.TaskReminder, NotificationAudience.Workers, "Reminder: task \"{task}\" in {process} is still past its deadline."),
        new(InstanceHistoryKinds.SlaEscalatedToCaseworker, NotificationKinds.TaskEscalated, NotificationAudience.Caseworkers, "Task \"{task}\" in {process} has passed its deadline and is escalated to you."),
        new(InstanceHistoryKinds.SlaEscalated, NotificationKinds.TaskEscalated, NotificationAudience.Supervisors, "Task \"{task}\" in {process} has passed its deadline and is escalated to you."),
        new(InstanceHistoryKinds.SlaEscalatedToDirector, NotificationKinds.TaskEscalated, NotificationAudience.Directors, "Task \"{task}\" in {process} is overdue and is escalated to you."),
        new(InstanceHistoryKinds.SlaOverdueListed, NotificationKinds.TaskOverdueListed, NotificationAudience.Directors, "Task \"{task}\" in {process} is still overdue after its last reminder and is on your overdue list."),
        new(InstanceHistoryKinds.ListenerReminder, NotificationKinds.TaskReminder, NotificationAudience.Workers, "Reminder: task \"{task}\" in {process} is still waiting for you."),
        new(InstanceHistoryKinds.IncidentRaised, NotificationKinds.IncidentRaised, NotificationAudience.Supervisors, "{process} stopped on an incident at \"{task}\"."),
    ];

    private static readonly ILookup<string, NotificationRule> ByHistoryKind = All.ToLookup(r => r.HistoryKind, StringComparer.Ordinal);

    /// <summary>The rules a history kind triggers; empty for kinds that notify nobody.</summary>
    public static IEnumerable<NotificationRule> For(string historyKind) => ByHistoryKind[historyKind];

    /// <summary>Every notification kind some rule produces, for validating webhook subscriptions.</summary>
    public static IReadOnlySet<string> Kinds { get; } = All.Select(r => r.Kind).ToHashSet(StringComparer.Ordinal);
}
