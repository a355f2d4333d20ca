namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>An escalation was caught by an escalation boundary (R43).</summary>
/// <param name="ThrowerElementId">The throw event, escalation end event or user task.</param>
/// <param name="EscalationCode">The thrown code.</param>
/// <param name="BoundaryId">The catching boundary event.</param>
/// <param name="Interrupting">Whether the boundary cancelled its host.</param>
public sealed record EscalationCaught(string ThrowerElementId, string EscalationCode, string BoundaryId, bool Interrupting) : EngineEffect;
