namespace CaseFlow.Workflows.Timers;

/// <summary>Pure due-instant arithmetic over parsed timer values (R29–R31); no clock is read.</summary>
public static class TimerSchedule
{
    /// <summary>The first due instant of a timer created at <paramref name="createdAt"/>.</summary>
    /// <remarks>
    /// A date is due at that instant; a duration at creation plus the duration; a cycle at its start (or creation)
    /// plus one interval. The result carries the zone's offset at that instant.
    /// </remarks>
    public static DateTimeOffset NextDue(DateTimeOffset createdAt, TimerValue value, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(zone);
        return value switch
        {
            TimerDate date => ToInstant(date, zone),
            TimerDuration duration => Add(createdAt, duration.Duration, zone),
            TimerCycle cycle => Add(cycle.Start is null ? createdAt : ToInstant(cycle.Start, zone), cycle.Interval, zone),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown timer value."),
        };
    }

    /// <summary>The instant a date means: its own offset, else the zone's offset at that wall-clock time (R29).</summary>
    public static DateTimeOffset ToInstant(TimerDate date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(zone);
        var instant = new DateTimeOffset(date.Local, date.Offset ?? zone.GetUtcOffset(date.Local));
        return TimeZoneInfo.ConvertTime(instant, zone);
    }

    /// <summary>Adds a duration: calendar units on the local date in <paramref name="zone"/>, then elapsed time (R30).</summary>
    /// <remarks>
    /// Months clamp to the last day of a shorter month, so 31 January plus <c>P1M</c> is the last day of February at
    /// the same local time; adding months before days follows ISO 8601's largest-unit-first order.
    /// </remarks>
    public static DateTimeOffset Add(DateTimeOffset instant, IsoDuration duration, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        var shifted = local
            .AddYears(duration.Years)
            .AddMonths(duration.Months)
            .AddDays((7 * duration.Weeks) + duration.Days);
        var calendarResult = new DateTimeOffset(shifted, zone.GetUtcOffset(shifted));
        return TimeZoneInfo.ConvertTime(calendarResult + duration.ElapsedPart, zone);
    }
}
