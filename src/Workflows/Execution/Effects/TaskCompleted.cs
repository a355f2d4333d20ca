namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A user task was completed by <paramref name="Actor"/>.</summary>
public sealed record TaskCompleted(string TaskId, string ElementId, string? Actor) : EngineEffect;
