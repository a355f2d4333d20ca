namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>An external worker takes an offered job for a while (R62 fetch-and-lock); uses no attempt.</summary>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="JobId">The offered job.</param>
/// <param name="WorkerId">The worker that will answer for it.</param>
/// <param name="LockDuration">How long the lock lasts from <c>now</c>; after that the job is on offer again (R62a).</param>
public sealed record LockJob(string CommandId, string JobId, string WorkerId, TimeSpan LockDuration) : EngineCommand(CommandId);
