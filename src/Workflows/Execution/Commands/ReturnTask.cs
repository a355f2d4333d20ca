namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>
/// Return to a previous step (退回, R74): cancels the task and starts before <paramref name="TargetElementId"/>, a user task
/// completed earlier in the same scope instance. The reason is required and kept in the history.
/// </summary>
public sealed record ReturnTask(string CommandId, string TaskId, string TargetElementId, string Reason, string Actor) : EngineCommand(CommandId);
