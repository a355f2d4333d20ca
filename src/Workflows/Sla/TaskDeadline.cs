namespace CaseFlow.Workflows.Sla;

/// <summary>The computed SLA instants of one task.</summary>
/// <param name="DueAt">The deadline: the task becomes overdue at this instant (the breach).</param>
/// <param name="WarnAt">The warning point: at risk from this instant until the deadline.</param>
/// <param name="Unit">The unit the clock counts in.</param>
/// <param name="Provisional">True when a working-day count had no calendar data and assumed Monday to Friday (DOMAIN.md §5.4).</param>
public sealed record TaskDeadline(DateTimeOffset DueAt, DateTimeOffset WarnAt, SlaUnit Unit, bool Provisional);
