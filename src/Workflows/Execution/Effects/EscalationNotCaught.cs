namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>An escalation found no catcher (R44): recorded for the history; the flow goes on and no incident is raised.</summary>
/// <param name="ThrowerElementId">The throw event, escalation end event or user task.</param>
/// <param name="EscalationCode">The thrown code.</param>
public sealed record EscalationNotCaught(string ThrowerElementId, string EscalationCode) : EngineEffect;
