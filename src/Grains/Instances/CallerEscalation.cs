namespace CaseFlow.Grains.Instances;

/// <summary>An escalation nothing in this called instance caught, still to be handed to the caller (R43).</summary>
/// <param name="EscalationId">The engine's id for it; the caller's command id is built from it, so a repeat is a no-op.</param>
/// <param name="EscalationCode">The thrown code.</param>
public sealed record CallerEscalation(string EscalationId, string EscalationCode);
