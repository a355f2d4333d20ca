namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A pending timer was removed without firing.</summary>
public sealed record TimerCancelled(string TimerId, string ElementId) : EngineEffect;
