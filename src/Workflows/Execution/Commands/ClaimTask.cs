namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>The actor takes an unassigned task as its assignee (R59); a task assigned to someone else is refused.</summary>
public sealed record ClaimTask(string CommandId, string TaskId, string Actor) : EngineCommand(CommandId);
