using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Workflows.Sla;

/// <summary>Computes a task's deadline and warning point with the business calendar (DOMAIN.md §5, §6.1).</summary>
/// <remarks>
/// <para>
/// The deadline is the task's due date when it has one (<c>camunda:dueDate</c> or a later change); otherwise
/// <c>caseflow.sla.duration</c> units from creation: calendar days with the rest-day rollover (Civil Code Art. 203),
/// or working days. The start day is not counted and a day-based deadline falls at 24:00 Asia/Shanghai of its last
/// day. A task with neither has no clock.
/// </para>
/// <para>
/// The warning point lies the warning lead before the deadline: a share of the duration (default 25 %) rounded up to
/// whole units and at least one, or a fixed number of units. Working-day leads step back over working days only.
/// A clock shorter than a day uses elapsed time for the share. The warning never precedes creation.
/// </para>
/// <para>
/// Working days need calendar data. Without the year (or without a calendar at all) the count assumes Monday to
/// Friday and the result is flagged provisional, to be recomputed once the year is entered (DOMAIN.md §5.4).
/// </para>
/// </remarks>
public static class SlaCalculator
{
    public static TaskDeadline? Compute(DateTimeOffset createdAt, DateTimeOffset? dueDate, TaskSlaRule rule, WorkCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var provisional = false;
        var created = ShanghaiTime.DateOf(createdAt);
        DateTimeOffset deadline;
        if (dueDate is { } due)
        {
            deadline = due;
        }
        else if (rule.Duration is { } duration)
        {
            var last = rule.Unit == SlaUnit.WorkingDays
                ? AddWorkdays(calendar, created, duration, ref provisional)
                : RollForward(calendar, created.AddDays(duration), ref provisional);
            deadline = ShanghaiTime.DueInstant(last);
        }
        else
        {
            return null;
        }

        var warnAt = WarningPoint(createdAt, deadline, rule, calendar, ref provisional);
        return new TaskDeadline(deadline, warnAt < createdAt ? createdAt : warnAt, rule.Unit, provisional);
    }

    private static DateTimeOffset WarningPoint(DateTimeOffset createdAt, DateTimeOffset deadline, TaskSlaRule rule, WorkCalendar? calendar, ref bool provisional)
    {
        var span = deadline - createdAt;
        if (span <= TimeSpan.Zero)
        {
            return deadline;
        }

        if (rule.WarningUnits is null && span < TimeSpan.FromDays(1))
        {
            return deadline - TimeSpan.FromTicks((long)Math.Ceiling(span.Ticks * (double)rule.WarningShare!.Value));
        }

        // The last day the work may be done on: the day before the 24:00 deadline instant.
        var lastDay = ShanghaiTime.DateOf(deadline.AddTicks(-1));
        if (rule.Unit == SlaUnit.WorkingDays)
        {
            var total = WorkdaysBetween(calendar, ShanghaiTime.DateOf(createdAt), lastDay, ref provisional);
            var lead = Lead(rule, total);
            return ShanghaiTime.DueInstant(AddWorkdays(calendar, lastDay, -lead, ref provisional));
        }

        var days = (int)Math.Ceiling(span.TotalDays);
        return deadline.AddDays(-Lead(rule, days));
    }

    private static int Lead(TaskSlaRule rule, int totalUnits) =>
        rule.WarningUnits ?? Math.Max(1, (int)Math.Ceiling(totalUnits * rule.WarningShare!.Value));

    internal static DateOnly AddWorkdays(WorkCalendar? calendar, DateOnly start, int workdays, ref bool provisional)
    {
        if (calendar is not null)
        {
            try
            {
                var result = calendar.AddWorkdays(start, workdays);
                provisional |= result.Provisional;
                return result.Value;
            }
            catch (CalendarYearMissingException)
            {
                // Fall through to the provisional Monday-to-Friday count.
            }
        }

        provisional = true;
        var step = workdays < 0 ? -1 : 1;
        var day = start;
        for (var remaining = Math.Abs(workdays); remaining > 0;)
        {
            day = day.AddDays(step);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                remaining--;
            }
        }

        return day;
    }

    internal static int WorkdaysBetween(WorkCalendar? calendar, DateOnly from, DateOnly to, ref bool provisional)
    {
        if (calendar is not null)
        {
            try
            {
                var result = calendar.WorkdaysBetween(from, to);
                provisional |= result.Provisional;
                return result.Value;
            }
            catch (CalendarYearMissingException)
            {
                // Fall through to the provisional Monday-to-Friday count.
            }
        }

        provisional = true;
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return count;
    }

    private static DateOnly RollForward(WorkCalendar? calendar, DateOnly lastDay, ref bool provisional)
    {
        if (calendar is not null)
        {
            try
            {
                var result = calendar.RollForward(lastDay);
                provisional |= result.Provisional;
                return result.Value;
            }
            catch (CalendarYearMissingException)
            {
                // Fall through to rolling over weekends only.
            }
        }

        provisional = true;
        var day = lastDay;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
