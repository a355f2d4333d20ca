namespace CaseFlow.Workflows.Execution;

/// <summary>A queued token move: activate or leave one element instance (R2).</summary>
/// <param name="Kind">What to do.</param>
/// <param name="ElementInstanceId">The element instance; skipped when it ended or failed meanwhile.</param>
internal readonly record struct WorkItem(WorkKind Kind, string ElementInstanceId);
