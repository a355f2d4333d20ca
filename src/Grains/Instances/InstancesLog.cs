using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.Instances;

/// <summary>Process instance log events (ids 4201–4299). Ids, keys, codes and actors only; never variables.</summary>
internal static partial class InstancesLog
{
    [LoggerMessage(EventId = 4201, EventName = "ProcessInstanceStarted", Level = LogLevel.Information,
        Message = "Instance {InstanceId} of {ProcessKey} version {Version} started by {Actor}")]
    public static partial void Started(ILogger logger, string instanceId, string processKey, int version, string actor);

    [LoggerMessage(EventId = 4202, EventName = "ProcessInstanceCommandRejected", Level = LogLevel.Information,
        Message = "Instance {InstanceId} refused {Command}: {Code}")]
    public static partial void Rejected(ILogger logger, string instanceId, string command, string code);

    [LoggerMessage(EventId = 4203, EventName = "ProcessInstanceStateWriteFailed", Level = LogLevel.Error,
        Message = "Instance {InstanceId} state write failed; the step is not applied")]
    public static partial void StateWriteFailed(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(EventId = 4204, EventName = "ProcessInstanceWakeUpFailed", Level = LogLevel.Warning,
        Message = "Instance {InstanceId} could not align its wake-up reminder; it is aligned again on the next step or activation")]
    public static partial void WakeUpFailed(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(EventId = 4205, EventName = "ProcessInstanceServiceHandlerFailed", Level = LogLevel.Warning,
        Message = "Instance {InstanceId} handler for {Topic} threw on job {JobId} attempt {Attempt}; reported as a job failure")]
    public static partial void HandlerThrew(ILogger logger, Exception exception, string instanceId, string topic, string jobId, int attempt);

    [LoggerMessage(EventId = 4206, EventName = "ProcessInstanceFollowUpRejected", Level = LogLevel.Warning,
        Message = "Instance {InstanceId} follow-up {Command} was refused with {Code}; it is not retried in this activation")]
    public static partial void FollowUpRejected(ILogger logger, string instanceId, string command, string code);

    [LoggerMessage(EventId = 4207, EventName = "ProcessInstanceEnded", Level = LogLevel.Information,
        Message = "Instance {InstanceId} ended as {Status}")]
    public static partial void Ended(ILogger logger, string instanceId, string status);

    [LoggerMessage(EventId = 4208, EventName = "ProcessInstanceModelUnavailable", Level = LogLevel.Error,
        Message = "Instance {InstanceId} cannot load {ProcessKey} version {Version}: {Code}")]
    public static partial void ModelUnavailable(ILogger logger, string instanceId, string processKey, int version, string code);

    [LoggerMessage(EventId = 4230, EventName = "ProcessInstanceListenerHandlerFailed", Level = LogLevel.Warning,
        Message = "Instance {InstanceId}: task listener {HandlerName} for task {TaskId} failed on attempt {Attempt}")]
    public static partial void ListenerHandlerThrew(ILogger logger, Exception exception, string instanceId, string handlerName, string taskId, int attempt);

    [LoggerMessage(EventId = 4231, EventName = "ProcessInstanceListenerGivenUp", Level = LogLevel.Warning,
        Message = "Instance {InstanceId}: task listener {HandlerName} for task {TaskId} given up after {Attempts} attempt(s)")]
    public static partial void ListenerGivenUp(ILogger logger, string instanceId, string handlerName, string taskId, int attempts);
}
