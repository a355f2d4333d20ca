namespace CaseFlow.Workflows.Sla;

/// <summary>One rung of a clock's ladder that is due now.</summary>
/// <param name="Number">1 is the warning, 2 the breach, 2 + n the n-th passed-deadline reminder.</param>
/// <param name="Kind">What the rung is.</param>
/// <param name="Escalate">The breach escalates to the nearest supervisor; <see cref="EscalationLevel.Director"/> when a reminder climbs the ladder.</param>
public sealed record SlaStep(int Number, SlaStepKind Kind, EscalationLevel Escalate);
