namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>The worker holding a job's lock moves its expiry to <c>now</c> + <paramref name="LockDuration"/> (R62).</summary>
public sealed record ExtendJobLock(string CommandId, string JobId, string WorkerId, TimeSpan LockDuration) : EngineCommand(CommandId);
