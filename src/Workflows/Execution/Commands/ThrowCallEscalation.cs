namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>The child of a call activity raised an escalation nothing inside it caught; the caller throws it at the call (R43).</summary>
/// <remarks>Always accepted while the call waits: caught or not, the outcome is recorded (R44 when nothing catches it).</remarks>
public sealed record ThrowCallEscalation(string CommandId, string ChildInstanceId, string EscalationCode) : EngineCommand(CommandId);
