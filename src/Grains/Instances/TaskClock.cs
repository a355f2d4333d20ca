using System.Collections.Immutable;
using CaseFlow.Workflows.Sla;

namespace CaseFlow.Grains.Instances;

/// <summary>The SLA clock of one open task, kept in the instance state and projected to the worklist (DOMAIN.md §6.2).</summary>
/// <param name="TaskId">The task.</param>
/// <param name="BasisDueDate">The task due date the clock was computed from; a different one recomputes it.</param>
/// <param name="DueAt">The deadline (breach instant), moved later by every finished pause.</param>
/// <param name="WarnAt">The warning point, moved with the deadline.</param>
/// <param name="Unit">The unit the clock counts in.</param>
/// <param name="Provisional">Computed without calendar data for a working-day count.</param>
/// <param name="Fired">The highest rung of the ladder already fired (<see cref="SlaLadder"/>): 0 none, 1 warning, 2 breach, 2 + n reminders.</param>
/// <param name="PausedAt">When the open pause began; null while the clock runs.</param>
/// <param name="PausedUnits">Units added to the deadline by finished pauses, in the clock's unit.</param>
/// <param name="OverdueListedAt">When the last reminder fired and the task went on the director's overdue list; null before.</param>
/// <param name="CommandIds">The pause and resume command ids applied to this clock, newest last (the last 20), so a retried command acts once.</param>
public sealed record TaskClock(
    string TaskId,
    DateTimeOffset? BasisDueDate,
    DateTimeOffset DueAt,
    DateTimeOffset WarnAt,
    SlaUnit Unit,
    bool Provisional,
    int Fired = 0,
    DateTimeOffset? PausedAt = null,
    int PausedUnits = 0,
    ImmutableList<string>? CommandIds = null,
    DateTimeOffset? OverdueListedAt = null);
