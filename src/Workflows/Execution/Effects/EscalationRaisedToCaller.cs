namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>An escalation nothing in this called instance caught goes on to the caller's call activity (R43).</summary>
/// <remarks>
/// Here it counts as uncaught (R44): an intermediate throw continues and an end event ends its path. The host hands it
/// to the caller, which throws it at its call activity with <see cref="Commands.ThrowCallEscalation"/>; a caught
/// interrupting one there cancels the call and so this instance (R47).
/// </remarks>
/// <param name="EscalationId">Unique in this instance; the caller's command id is built from it, so a repeat is a no-op.</param>
/// <param name="ThrowerElementId">The throw event, escalation end event, user task, or call activity passing it further up.</param>
/// <param name="EscalationCode">The thrown code.</param>
public sealed record EscalationRaisedToCaller(string EscalationId, string ThrowerElementId, string EscalationCode) : EngineEffect;
