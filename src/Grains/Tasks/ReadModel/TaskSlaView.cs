namespace CaseFlow.Grains.Tasks.ReadModel;

/// <summary>A task's SLA clock as the API shows it (DOMAIN.md §6.3).</summary>
/// <param name="Status"><c>on_track</c>, <c>at_risk</c>, <c>overdue</c> or <c>paused</c>; null without a deadline.</param>
/// <param name="DueAt">The deadline (breach instant).</param>
/// <param name="WarnAt">The warning point.</param>
/// <param name="Provisional">Counted without calendar data (DOMAIN.md §5.4).</param>
/// <param name="Urgency">10–100, rising with each rung of the SLA ladder (DOMAIN.md §6.4); null without a deadline.</param>
/// <param name="OverdueListedAt">When the last passed-deadline reminder fired and the task went on the director's overdue list; null
/// while it is not on it.</param>
public sealed record TaskSlaView(string? Status, DateTimeOffset? DueAt, DateTimeOffset? WarnAt, bool Provisional, int? Urgency = null, DateTimeOffset? OverdueListedAt = null)
{
    /// <summary>When the clock turns red: the deadline. Named apart from <see cref="DueAt"/> so the three instants of DOMAIN.md §6.3 read as such.</summary>
    public DateTimeOffset? BreachAt => DueAt;
}
