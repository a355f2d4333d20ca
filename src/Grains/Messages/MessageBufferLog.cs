using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.Messages;

/// <summary>Buffered message log events (ids 4240–4249). Buffer ids, message names and instance ids only; never business
/// keys or variables.</summary>
internal static partial class MessageBufferLog
{
    [LoggerMessage(EventId = 4240, EventName = "BufferedMessageDelivered", Level = LogLevel.Information,
        Message = "Buffered message {BufferId} ({MessageName}) was delivered to instance {InstanceId}")]
    public static partial void Delivered(ILogger logger, string bufferId, string messageName, string instanceId);

    [LoggerMessage(EventId = 4241, EventName = "BufferedMessageDropped", Level = LogLevel.Warning,
        Message = "Buffered message {BufferId} ({MessageName}) expired at {ExpiresAt} before any instance took it and was dropped")]
    public static partial void Dropped(ILogger logger, string bufferId, string messageName, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 4242, EventName = "BufferedMessageReleased", Level = LogLevel.Information,
        Message = "Instance {InstanceId} could not take buffered message {BufferId} ({Code}); it waits for another subscription")]
    public static partial void Released(ILogger logger, string instanceId, string bufferId, string code);

    [LoggerMessage(EventId = 4243, EventName = "BufferedMessageLookupFailed", Level = LogLevel.Warning,
        Message = "Instance {InstanceId} could not look for buffered {MessageName} messages; it looks again on its next activation")]
    public static partial void LookupFailed(ILogger logger, Exception exception, string instanceId, string messageName);

    [LoggerMessage(EventId = 4244, EventName = "BufferedMessageSweepFailed", Level = LogLevel.Warning,
        Message = "Dropping expired buffered messages failed; the next sweep tries again")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
