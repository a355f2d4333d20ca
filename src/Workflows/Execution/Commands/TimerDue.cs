namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>A wake-up for one timer; early, unknown or removed timers make it a no-op (R33, R34).</summary>
public sealed record TimerDue(string CommandId, string TimerId) : EngineCommand(CommandId);
