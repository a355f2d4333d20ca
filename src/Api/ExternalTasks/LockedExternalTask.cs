using System.Text.Json;

namespace CaseFlow.Api.ExternalTasks;

/// <summary>A job a worker has locked: what to do, for which instance, and until when.</summary>
/// <param name="Id">The job id; the same across attempts.</param>
/// <param name="InstanceId">The instance the job belongs to.</param>
/// <param name="ProcessKey">Its process key.</param>
/// <param name="ProcessVersion">Its version.</param>
/// <param name="ElementId">The service task.</param>
/// <param name="Topic">The topic.</param>
/// <param name="Attempt">1-based attempt number.</param>
/// <param name="Retries">Attempts still allowed, counting this one.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="WorkerId">The worker holding the lock.</param>
/// <param name="LockExpirationTime">When the lock lapses and the job is on offer again.</param>
/// <param name="Variables">The instance's root variables.</param>
public sealed record LockedExternalTask(
    string Id,
    string InstanceId,
    string ProcessKey,
    int ProcessVersion,
    string ElementId,
    string Topic,
    int Attempt,
    int Retries,
    string? BusinessKey,
    string WorkerId,
    DateTimeOffset LockExpirationTime,
    JsonElement Variables);
