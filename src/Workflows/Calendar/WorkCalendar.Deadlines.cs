namespace CaseFlow.Workflows.Calendar;

public sealed partial class WorkCalendar
{
    /// <summary>The <paramref name="workdays"/>-th working day after <paramref name="start"/>.</summary>
    /// <remarks>
    /// The start day is not counted (Civil Code Art. 201): counting steps forward from the next day. A negative count
    /// steps backward the same way (e.g. a warning point before a deadline); zero returns the start unchanged. The
    /// result is a working day by construction, so no rollover applies.
    /// </remarks>
    /// <exception cref="CalendarYearMissingException">A day the count passes through has no data.</exception>
    public CalendarResult<DateOnly> AddWorkdays(DateOnly start, int workdays)
    {
        var step = workdays < 0 ? -1 : 1;
        var remaining = Math.Abs((long)workdays);
        var provisional = false;
        var day = start;
        while (remaining > 0)
        {
            day = day.AddDays(step);
            if (IsWorkday(day, ref provisional))
            {
                remaining--;
            }
        }

        return new(day, provisional);
    }

    /// <summary>The number of working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    /// <remarks>
    /// The same counting as <see cref="AddWorkdays"/> (start not counted), so
    /// <c>WorkdaysBetween(s, AddWorkdays(s, n).Value) == n</c> for every n; negative when <paramref name="to"/> is
    /// before <paramref name="from"/>.
    /// </remarks>
    /// <exception cref="CalendarYearMissingException">A day in the range has no data.</exception>
    public CalendarResult<int> WorkdaysBetween(DateOnly from, DateOnly to)
    {
        var (first, last, sign) = from <= to ? (from, to, 1) : (to, from, -1);
        var provisional = false;
        var count = 0;
        for (var day = first.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsWorkday(day, ref provisional))
            {
                count++;
            }
        }

        return new(sign * count, provisional);
    }

    /// <summary>Moves a last day that is a rest day to the next working day (Civil Code Art. 203 ¶1).</summary>
    /// <remarks>
    /// Rest days are weekends and days off, except make-up working days (DOMAIN.md §5.1). A deadline extension is
    /// added to the un-rolled original last day and rolled once: <c>RollForward(start.AddDays(days + extension))</c>.
    /// </remarks>
    /// <exception cref="CalendarYearMissingException">A day checked has no data.</exception>
    public CalendarResult<DateOnly> RollForward(DateOnly lastDay)
    {
        var provisional = false;
        var day = lastDay;
        while (!IsWorkday(day, ref provisional))
        {
            day = day.AddDays(1);
        }

        return new(day, provisional);
    }

    /// <summary>The deadline of a period of <paramref name="days"/> calendar days, with the rest-day rollover.</summary>
    /// <remarks>The raw last day is <c>start + days</c> (the start day is not counted, Art. 201), then rolled forward.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    /// <exception cref="CalendarYearMissingException">A day checked has no data.</exception>
    public CalendarResult<DateOnly> AddCalendarDaysWithRollover(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return RollForward(start.AddDays(days));
    }
}
