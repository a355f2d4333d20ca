using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.Instances;

/// <summary>SLA ladder and pause log events (ids 4450–4499). Ids, rungs and actors only; never reasons or variables.</summary>
internal static partial class SlaLog
{
    [LoggerMessage(EventId = 4450, EventName = "SlaStepFired", Level = LogLevel.Information,
        Message = "Instance {InstanceId} task {TaskId} reached SLA rung {Rung} ({Kind})")]
    public static partial void StepFired(ILogger logger, string instanceId, string taskId, int rung, string kind);

    [LoggerMessage(EventId = 4451, EventName = "SlaClockPaused", Level = LogLevel.Information,
        Message = "Instance {InstanceId} task {TaskId} clock paused by {Actor}")]
    public static partial void Paused(ILogger logger, string instanceId, string taskId, string actor);

    [LoggerMessage(EventId = 4452, EventName = "SlaClockResumed", Level = LogLevel.Information,
        Message = "Instance {InstanceId} task {TaskId} clock resumed by {Actor}; deadline moved {Units} units")]
    public static partial void Resumed(ILogger logger, string instanceId, string taskId, string actor, int units);
}
