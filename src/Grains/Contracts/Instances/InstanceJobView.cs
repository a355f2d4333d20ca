namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>A live service job of an instance.</summary>
/// <param name="JobId">The job; the same across attempts.</param>
/// <param name="ElementId">The service task element id.</param>
/// <param name="Topic">The worker topic.</param>
/// <param name="Attempt">1-based attempt number.</param>
/// <param name="AttemptsLeft">Attempts still allowed, counting the current one.</param>
/// <param name="State"><c>offered</c>, <c>waitingRetry</c> or <c>exhausted</c>.</param>
/// <param name="LastError">The last failure message, if any.</param>
/// <param name="LockOwner">The external worker holding the lock, if any (it may have expired).</param>
/// <param name="LockExpiresAt">When that lock lapses.</param>
[GenerateSerializer, Immutable, Alias("caseflow.instance-job-view")]
public sealed record InstanceJobView(
    [property: Id(0)] string JobId,
    [property: Id(1)] string ElementId,
    [property: Id(2)] string Topic,
    [property: Id(3)] int Attempt,
    [property: Id(4)] int AttemptsLeft,
    [property: Id(5)] string State,
    [property: Id(6)] string? LastError,
    [property: Id(7)] string? LockOwner = null,
    [property: Id(8)] DateTimeOffset? LockExpiresAt = null);
