using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.Notifications;

/// <summary>Notification log events (ids 4701–4799). Instance ids, sequences, kinds and counts only; never titles or logins.</summary>
internal static partial class NotificationsLog
{
    [LoggerMessage(EventId = 4701, EventName = "NotificationsProduced", Level = LogLevel.Debug,
        Message = "Instance {InstanceId} entry {Sequence} produced {Count} {Kind} notifications")]
    public static partial void Produced(ILogger logger, string instanceId, int sequence, string kind, int count);

    [LoggerMessage(EventId = 4702, EventName = "NotificationWithoutRecipients", Level = LogLevel.Information,
        Message = "Instance {InstanceId} entry {Sequence} has no recipient for {Kind}; check the candidate groups and the supervisors of its jurisdiction")]
    public static partial void NoRecipients(ILogger logger, string instanceId, int sequence, string kind);
}
