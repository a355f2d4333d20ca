namespace CaseFlow.Workflows.Execution.State;

/// <summary>Service work for an external service task (R62).</summary>
/// <param name="JobId">Unique in the instance; kept across attempts.</param>
/// <param name="ElementInstanceId">The waiting service task's element instance.</param>
/// <param name="ElementId">The service task element id.</param>
/// <param name="Topic">The literal <c>camunda:topic</c>.</param>
/// <param name="Attempt">1 for the first offer, incremented per re-offer; part of the handler idempotency key.</param>
/// <param name="AttemptsLeft">Attempts still allowed, counting the current one.</param>
/// <param name="State">Offered, waiting for a retry, or exhausted.</param>
/// <param name="LastError">The last failure message, or null.</param>
public sealed record JobInstance(
    string JobId,
    string ElementInstanceId,
    string ElementId,
    string Topic,
    int Attempt,
    int AttemptsLeft,
    JobState State,
    string? LastError)
{
    /// <summary>The external worker holding the lock (R62); null when unlocked or run by an in-process handler.</summary>
    public string? LockOwner { get; init; }

    /// <summary>When the lock lapses; from then on the job is on offer again without using an attempt (R62a).</summary>
    public DateTimeOffset? LockExpiresAt { get; init; }
}
