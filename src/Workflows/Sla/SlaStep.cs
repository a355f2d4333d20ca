namespace CaseFlow.Workflows.Sla;

/// <summary>One rung of a clock's ladder that is due now.</summary>
/// <param name="Number">1 is the warning, 2 the breach, 2 + n the n-th passed-deadline reminder.</param>
/// <param name="Kind">What the rung is.</param>
/// <param name="Escalate">Who the step escalates to: the rule's level at the breach, one level higher at each climb, else none.</param>
public sealed record SlaStep(int Number, SlaStepKind Kind, EscalationLevel Escalate);
