namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>A worker or handler failed a job; uses one attempt (R63).</summary>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="JobId">The job.</param>
/// <param name="ErrorMessage">Kept on the job and on a <c>ServiceRetriesExhausted</c> incident.</param>
/// <param name="Retries">Overrides the remaining attempts, as C7 external tasks; null keeps the cycle's count.</param>
/// <param name="RetryTimeout">Overrides the wait before the next offer; null uses <c>failedJobRetryTimeCycle</c>.</param>
/// <param name="WorkerId">The external worker, which must hold an unexpired lock; null for an in-process handler.</param>
public sealed record FailJob(
    string CommandId,
    string JobId,
    string ErrorMessage,
    int? Retries = null,
    TimeSpan? RetryTimeout = null,
    string? WorkerId = null) : EngineCommand(CommandId);
