namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>The delegate hands a delegated task back to its owner (R59).</summary>
public sealed record ResolveTask(string CommandId, string TaskId, string Actor) : EngineCommand(CommandId);
