using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Workflows.Sla;

/// <summary>The milestones of a running SLA clock and which of them are due (DOMAIN.md §6.4, §6.5).</summary>
/// <remarks>
/// <para>
/// The ladder of a clock is numbered: 1 the warning, 2 the breach, 2 + n the n-th passed-deadline reminder, the
/// reminders spaced <see cref="SlaLadderRule.RepeatEvery"/> units (of the clock) apart after the deadline, up to
/// <see cref="SlaLadderRule.RepeatMax"/>. A clock remembers the highest rung it fired, so each rung fires once in
/// effect however often or late the host wakes up.
/// </para>
/// <para>
/// The breach escalates to <see cref="SlaLadderRule.EscalateTo"/>; every <see cref="SlaLadderRule.ClimbEvery"/>
/// reminders the escalation climbs one level (caseworker → supervisor → director), staying at the director.
/// A host that wakes late (a node was down) does not replay every missed rung: the breach supersedes a warning not yet
/// sent, and only the latest due reminder is sent, escalating at the level of the last climb rung passed on the way.
/// </para>
/// </remarks>
public static class SlaLadder
{
    /// <summary>When rung <paramref name="number"/> is due; null beyond the last reminder.</summary>
    public static DateTimeOffset? InstantOf(int number, DateTimeOffset warnAt, DateTimeOffset dueAt, SlaUnit unit, SlaLadderRule rule, WorkCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return number switch
        {
            <= 0 => null,
            1 => warnAt,
            2 => dueAt,
            _ when number - 2 <= rule.RepeatMax => Shift(dueAt, (number - 2) * rule.RepeatEvery, unit, calendar),
            _ => null,
        };
    }

    /// <summary>The rungs to fire at <paramref name="now"/> after rung <paramref name="fired"/>; empty when none is due.</summary>
    public static IReadOnlyList<SlaStep> Due(int fired, DateTimeOffset now, DateTimeOffset warnAt, DateTimeOffset dueAt, SlaUnit unit, SlaLadderRule rule, WorkCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var reached = fired;
        while (InstantOf(reached + 1, warnAt, dueAt, unit, rule, calendar) is { } next && next <= now)
        {
            reached++;
        }

        if (reached <= fired)
        {
            return [];
        }

        var steps = new List<SlaStep>();
        if (reached == 1)
        {
            steps.Add(new SlaStep(1, SlaStepKind.Warning, rule.WarnSupervisor ? EscalationLevel.Supervisor : EscalationLevel.None));
            return steps;
        }

        if (fired < 2)
        {
            steps.Add(new SlaStep(2, SlaStepKind.Breach, rule.EscalateTo));
        }

        if (reached > 2)
        {
            var reminder = reached - 2;
            var previous = Math.Max(fired - 2, 0);
            var climbs = rule.ClimbEvery > 0 && reminder / rule.ClimbEvery > previous / rule.ClimbEvery;
            var level = climbs ? (EscalationLevel)Math.Min((int)EscalationLevel.Director, (int)rule.EscalateTo + (reminder / rule.ClimbEvery)) : EscalationLevel.None;
            steps.Add(new SlaStep(reached, SlaStepKind.Reminder, level));
        }

        return steps;
    }

    /// <summary>
    /// Whether rung <paramref name="number"/> ends the ladder: after it no reminder follows, the clock stays red and the
    /// task belongs on the director's overdue list (DOMAIN.md §6.4).
    /// </summary>
    public static bool IsLast(int number, SlaLadderRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return number >= 2 + rule.RepeatMax;
    }

    /// <summary>Moves an instant by whole units of a clock: calendar days, or working days (keeping the time of day).</summary>
    public static DateTimeOffset Shift(DateTimeOffset instant, int units, SlaUnit unit, WorkCalendar? calendar)
    {
        if (units == 0 || unit == SlaUnit.CalendarDays)
        {
            return instant.AddDays(units);
        }

        // A 24:00 deadline belongs to the day before it; step from that day so the result is again a day's end.
        var lastDay = ShanghaiTime.DateOf(instant.AddTicks(-1));
        var provisional = false;
        var target = SlaCalculator.AddWorkdays(calendar, lastDay, units, ref provisional);
        return instant.AddDays(target.DayNumber - lastDay.DayNumber);
    }

    /// <summary>
    /// The units a pause from <paramref name="pausedAt"/> to <paramref name="resumedAt"/> adds to the deadline: every
    /// day with any pause counts (DOMAIN.md §5.1), and only working days for a working-day clock.
    /// </summary>
    public static int PausedUnits(DateTimeOffset pausedAt, DateTimeOffset resumedAt, SlaUnit unit, WorkCalendar? calendar)
    {
        if (resumedAt <= pausedAt)
        {
            return 0;
        }

        var first = ShanghaiTime.DateOf(pausedAt);
        var last = ShanghaiTime.DateOf(resumedAt.AddTicks(-1));
        if (unit == SlaUnit.CalendarDays)
        {
            return last.DayNumber - first.DayNumber + 1;
        }

        var provisional = false;
        return SlaCalculator.WorkdaysBetween(calendar, first.AddDays(-1), last, ref provisional);
    }
}
