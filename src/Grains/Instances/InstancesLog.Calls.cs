using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.Instances;

/// <summary>Log events of call activities (4220–4229). Instances appear by id, never with variables.</summary>
internal static partial class InstancesLog
{
    [LoggerMessage(EventId = 4220, EventName = "ProcessInstanceChildStarted", Level = LogLevel.Information,
        Message = "Instance {InstanceId} started child instance {ChildInstanceId} of {ProcessKey}")]
    public static partial void ChildStarted(ILogger logger, string instanceId, string childInstanceId, string processKey);

    [LoggerMessage(EventId = 4221, EventName = "ProcessInstanceChildUnreachable", Level = LogLevel.Warning,
        Message = "Instance {InstanceId} could not reach child instance {ChildInstanceId}; it tries again on its next wake-up")]
    public static partial void ChildUnreachable(ILogger logger, Exception exception, string instanceId, string childInstanceId);

    [LoggerMessage(EventId = 4222, EventName = "ProcessInstanceParentUnreachable", Level = LogLevel.Warning,
        Message = "Instance {InstanceId} could not tell its parent {ParentInstanceId} how it ended or what it raised; it tries again on its next wake-up")]
    public static partial void ParentUnreachable(ILogger logger, Exception? exception, string instanceId, string parentInstanceId);
}
