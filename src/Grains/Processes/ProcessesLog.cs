using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.Processes;

/// <summary>Process definition log events (ids 4101–4199). Keys, versions and actors only; never file content.</summary>
internal static partial class ProcessesLog
{
    [LoggerMessage(EventId = 4101, EventName = "ProcessVersionDeployed", Level = LogLevel.Information,
        Message = "Process {ProcessKey} version {Version} deployed by {Actor}")]
    public static partial void Deployed(ILogger logger, string processKey, int version, string actor);

    [LoggerMessage(EventId = 4102, EventName = "ProcessDeployUnchanged", Level = LogLevel.Information,
        Message = "Process {ProcessKey} deploy by {Actor} equals version {Version}; nothing stored")]
    public static partial void Unchanged(ILogger logger, string processKey, int version, string actor);

    [LoggerMessage(EventId = 4103, EventName = "ProcessDeployRefused", Level = LogLevel.Information,
        Message = "Process {ProcessKey} deploy by {Actor} refused: {Code} ({ErrorCount} errors)")]
    public static partial void Refused(ILogger logger, string processKey, string actor, string code, int errorCount);

    [LoggerMessage(EventId = 4104, EventName = "ProcessVersionPublished", Level = LogLevel.Information,
        Message = "Process {ProcessKey} version {Version} published by {Actor}")]
    public static partial void Published(ILogger logger, string processKey, int version, string actor);

    [LoggerMessage(EventId = 4105, EventName = "ProcessVersionRetired", Level = LogLevel.Information,
        Message = "Process {ProcessKey} version {Version} retired by {Actor}")]
    public static partial void Retired(ILogger logger, string processKey, int version, string actor);

    [LoggerMessage(EventId = 4106, EventName = "ProcessStateWriteFailed", Level = LogLevel.Error,
        Message = "Process {ProcessKey} state write failed; the command is not applied")]
    public static partial void StateWriteFailed(ILogger logger, Exception exception, string processKey);

    [LoggerMessage(EventId = 4107, EventName = "ProcessStartTimerFired", Level = LogLevel.Information,
        Message = "Process {ProcessKey} version {Version} start timer {ElementId} fired late by {Lateness} and started instance {InstanceId}")]
    public static partial void StartTimerFired(ILogger logger, string processKey, int version, string elementId, TimeSpan lateness, string instanceId);

    [LoggerMessage(EventId = 4108, EventName = "ProcessStartTimerRefused", Level = LogLevel.Warning,
        Message = "Process {ProcessKey} version {Version} start timer {ElementId} could not start an instance ({Code}); it stays due and is tried again")]
    public static partial void StartTimerRefused(ILogger logger, string processKey, int version, string elementId, string code);

    [LoggerMessage(EventId = 4109, EventName = "ProcessStartTimerUnplanned", Level = LogLevel.Warning,
        Message = "Process {ProcessKey} version {Version} start timer {ElementId} cannot be planned after a retirement and will not fire")]
    public static partial void StartTimerUnplanned(ILogger logger, string processKey, int version, string elementId);

    [LoggerMessage(EventId = 4110, EventName = "ProcessPublishRefused", Level = LogLevel.Information,
        Message = "Process {ProcessKey} version {Version} publish by {Actor} refused by the cross-key checks ({ErrorCount} errors)")]
    public static partial void PublishRefused(ILogger logger, string processKey, int version, string actor, int errorCount);
}
