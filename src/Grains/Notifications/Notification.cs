namespace CaseFlow.Grains.Notifications;

/// <summary>One notification in a user's inbox.</summary>
/// <param name="Id">Increasing; also the Server-Sent Events id of the stream.</param>
/// <param name="Kind">One of <see cref="NotificationKinds"/>.</param>
/// <param name="InstanceId">The process instance it is about.</param>
/// <param name="ProcessKey">The process key of that instance.</param>
/// <param name="ProcessName">The process name of its newest deployed version, when it has one.</param>
/// <param name="TaskId">The user task it is about, if any.</param>
/// <param name="TaskName">That task's name from the model.</param>
/// <param name="JurisdictionCode">The jurisdiction the instance is worked in.</param>
/// <param name="Title">A sentence naming the task and the process; never personal data.</param>
/// <param name="OccurredAt">When the event happened in the instance.</param>
/// <param name="CreatedAt">When the notification was written.</param>
/// <param name="ReadAt">When the recipient marked it read; null while unread.</param>
public sealed record Notification(
    long Id,
    string Kind,
    string Title,
    string? InstanceId,
    string? ProcessKey,
    string? ProcessName,
    string? TaskId,
    string? TaskName,
    string? JurisdictionCode,
    DateTimeOffset OccurredAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);
