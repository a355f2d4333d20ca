namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>Cancels the whole instance, deepest first (R72).</summary>
public sealed record CancelInstance(string CommandId, string Reason, string? Actor = null) : EngineCommand(CommandId);
