namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>Moves (or, with null, removes) a task's due date and with it the SLA timer (R59, R61).</summary>
public sealed record SetTaskDueDate(string CommandId, string TaskId, DateTimeOffset? DueDate, string Actor) : EngineCommand(CommandId);
