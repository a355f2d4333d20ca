namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>Clears the assignee so the task returns to its candidates (R59).</summary>
public sealed record UnclaimTask(string CommandId, string TaskId, string Actor) : EngineCommand(CommandId);
