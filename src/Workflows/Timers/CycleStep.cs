namespace CaseFlow.Workflows.Timers;

/// <summary>What one firing of a cycle covers and what follows it (R35).</summary>
/// <param name="Occurrences">How many scheduled occurrences this firing stands for (missed ones coalesce).</param>
/// <param name="Next">The next scheduled instant, or null when the bound is reached.</param>
/// <param name="Remaining">Firings still allowed after this one; null for an unbounded cycle.</param>
public readonly record struct CycleStep(int Occurrences, DateTimeOffset? Next, int? Remaining)
{
    /// <summary>
    /// The step of a cycle due at <paramref name="dueAt"/> and fired at <paramref name="now"/>: the next instant
    /// follows the previous <em>scheduled</em> one (no drift), occurrences missed while nothing ran coalesce into this
    /// firing, and <c>Rn</c> never fires more than n times.
    /// </summary>
    public static CycleStep After(DateTimeOffset dueAt, IsoDuration interval, int? remaining, DateTimeOffset now, TimeZoneInfo zone)
    {
        var occurrences = 1;
        var next = TimerSchedule.Add(dueAt, interval, zone);
        if (IsElapsedOnly(interval) && next <= now)
        {
            // A fixed-length interval skips ahead arithmetically: a PT1S cycle missed for a year is one step.
            var skipped = Math.Min((now - next).Ticks / interval.ElapsedPart.Ticks, int.MaxValue / 2);
            occurrences += (int)skipped;
            next += TimeSpan.FromTicks(interval.ElapsedPart.Ticks * skipped);
        }

        while (next <= now)
        {
            occurrences++;
            next = TimerSchedule.Add(next, interval, zone);
        }

        // Coalesced occurrences beyond the bound do not count.
        if (remaining is { } bound && occurrences > bound)
        {
            occurrences = bound;
        }

        var left = remaining is { } count ? count - occurrences : (int?)null;
        return new CycleStep(occurrences, left is null or > 0 ? next : null, left);
    }

    private static bool IsElapsedOnly(IsoDuration interval) =>
        interval is { Years: 0, Months: 0, Weeks: 0, Days: 0 } && interval.ElapsedPart > TimeSpan.Zero;
}
