namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>The child of a call activity reached an error nothing inside it caught; the caller throws it at the call (R41c).</summary>
public sealed record ThrowCallError(string CommandId, string ChildInstanceId, string ErrorCode, string? ErrorMessage = null) : EngineCommand(CommandId);
