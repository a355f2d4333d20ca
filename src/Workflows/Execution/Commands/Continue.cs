namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>Runs an element instance on from its async savepoint, in its own step (R66).</summary>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="ElementInstanceId">The element instance named by the <c>ContinuationRequested</c> effect.</param>
public sealed record Continue(string CommandId, string ElementInstanceId) : EngineCommand(CommandId);
