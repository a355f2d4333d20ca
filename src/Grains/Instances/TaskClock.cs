using CaseFlow.Workflows.Sla;

namespace CaseFlow.Grains.Instances;

/// <summary>The SLA clock of one open task, kept in the instance state and projected to the worklist (DOMAIN.md §6.2).</summary>
/// <param name="TaskId">The task.</param>
/// <param name="BasisDueDate">The task due date the clock was computed from; a different one recomputes it.</param>
/// <param name="DueAt">The deadline (breach instant).</param>
/// <param name="WarnAt">The warning point.</param>
/// <param name="Unit">The unit the clock counts in.</param>
/// <param name="Provisional">Computed without calendar data for a working-day count.</param>
public sealed record TaskClock(string TaskId, DateTimeOffset? BasisDueDate, DateTimeOffset DueAt, DateTimeOffset WarnAt, SlaUnit Unit, bool Provisional);
