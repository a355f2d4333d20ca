namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>Makes <paramref name="Assignee"/> the task's assignee, whoever held it before (R59).</summary>
public sealed record AssignTask(string CommandId, string TaskId, string Assignee, string Actor) : EngineCommand(CommandId);
