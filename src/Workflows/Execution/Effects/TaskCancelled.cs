namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A user task ended without completion (boundary, terminate, cancel).</summary>
public sealed record TaskCancelled(string TaskId, string ElementId) : EngineEffect;
