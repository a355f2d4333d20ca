namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>
/// Hands the task to <paramref name="Assignee"/> for work; the current assignee (or the actor) becomes the owner and gets
/// it back when the delegate resolves it (R59, as C7's delegation).
/// </summary>
public sealed record DelegateTask(string CommandId, string TaskId, string Assignee, string Actor) : EngineCommand(CommandId);
