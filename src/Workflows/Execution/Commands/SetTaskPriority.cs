namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>Sets a task's priority, 0–100 (R59).</summary>
public sealed record SetTaskPriority(string CommandId, string TaskId, int Priority, string Actor) : EngineCommand(CommandId);
