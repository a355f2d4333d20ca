using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>An incident opened (R70).</summary>
public sealed record IncidentRaised(Incident Incident) : EngineEffect;
