namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>Sets or clears a task's follow-up date (R59).</summary>
public sealed record SetTaskFollowUpDate(string CommandId, string TaskId, DateTimeOffset? FollowUpDate, string Actor) : EngineCommand(CommandId);
