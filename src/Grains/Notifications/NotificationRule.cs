namespace CaseFlow.Grains.Notifications;

/// <summary>One line of the mapping from an instance history kind to a notification.</summary>
/// <param name="HistoryKind">The <c>InstanceHistoryEntry.Kind</c> that triggers it.</param>
/// <param name="Kind">The notification kind produced (<see cref="NotificationKinds"/>).</param>
/// <param name="Audience">Who receives it.</param>
/// <param name="Template">The title; <c>{task}</c> and <c>{process}</c> are replaced by the task (or element) and process names.</param>
public sealed record NotificationRule(string HistoryKind, string Kind, NotificationAudience Audience, string Template);
