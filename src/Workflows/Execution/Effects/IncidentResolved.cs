namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>An incident closed: <c>retried</c>, <c>joinFired</c> or <c>cancelled</c> (R71).</summary>
public sealed record IncidentResolved(string IncidentId, string Resolution, string? Actor) : EngineEffect;
