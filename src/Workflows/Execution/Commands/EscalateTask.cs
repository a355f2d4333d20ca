namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>The user-task command "escalate" (R60): searched from the task's own boundaries; uncaught, recorded only.</summary>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="TaskId">The open task.</param>
/// <param name="EscalationCode">The code matched against escalation boundaries.</param>
/// <param name="Actor">Who escalated.</param>
public sealed record EscalateTask(
    string CommandId,
    string TaskId,
    string EscalationCode,
    string? Actor = null) : EngineCommand(CommandId);
