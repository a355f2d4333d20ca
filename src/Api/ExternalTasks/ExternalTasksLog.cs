using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.ExternalTasks;

/// <summary>External-task log events (ids 4301–4319). Worker ids, topics and job ids only; never variables or error texts.</summary>
internal static partial class ExternalTasksLog
{
    [LoggerMessage(EventId = 4301, EventName = "ExternalTasksLocked", Level = LogLevel.Information,
        Message = "Worker {WorkerId} locked {Locked} of {Candidates} candidate jobs")]
    public static partial void Locked(ILogger logger, string workerId, int locked, int candidates);

    [LoggerMessage(EventId = 4302, EventName = "ExternalTaskCandidateSkipped", Level = LogLevel.Debug,
        Message = "Worker {WorkerId} did not get job {JobId}: {Code}")]
    public static partial void Skipped(ILogger logger, string workerId, string jobId, string code);

    [LoggerMessage(EventId = 4303, EventName = "ExternalTaskAnswerRefused", Level = LogLevel.Information,
        Message = "Worker {WorkerId} answer {Answer} on job {JobId} refused: {Code}")]
    public static partial void Refused(ILogger logger, string workerId, string answer, string jobId, string code);
}
