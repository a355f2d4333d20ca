using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Tests.Timers;

/// <summary>R29–R31: first due instants, in a fixed zone and never from the machine clock.</summary>
public sealed class TimerScheduleTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Asia/Shanghai as a fixed +08:00 zone, so the tests do not need the host's time-zone database.</summary>
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", Beijing, "China Standard Time", "CST");

    private static TimerValue Parse(TimerType type, string text) => IsoTimerParser.Parse(type, text).Value!;

    [Fact(DisplayName = "R30a: P1M created 31 January 10:00 is due on the last day of February, 10:00 local")]
    public void R30a_month_end_clamps_to_last_day()
    {
        var created = new DateTimeOffset(2026, 1, 31, 10, 0, 0, Beijing);

        var due = TimerSchedule.NextDue(created, Parse(TimerType.Duration, "P1M"), Shanghai);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 10, 0, 0, Beijing), due);
    }

    [Fact(DisplayName = "R30a: in a leap year the month end is 29 February")]
    public void R30a_leap_year() =>
        Assert.Equal(
            new DateTimeOffset(2028, 2, 29, 10, 0, 0, Beijing),
            TimerSchedule.NextDue(new DateTimeOffset(2028, 1, 31, 10, 0, 0, Beijing), Parse(TimerType.Duration, "P1M"), Shanghai));

    [Fact(DisplayName = "R30: days are calendar days in the zone, hours are elapsed time")]
    public void Calendar_and_elapsed_units()
    {
        var created = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero); // 07:30 on 2 March in Shanghai

        Assert.Equal(new DateTimeOffset(2026, 3, 7, 7, 30, 0, Beijing), TimerSchedule.NextDue(created, Parse(TimerType.Duration, "P5D"), Shanghai));
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 7, 30, 0, Beijing), TimerSchedule.NextDue(created, Parse(TimerType.Duration, "PT48H"), Shanghai));
    }

    [Fact(DisplayName = "R29a/R29b: a date with offset is used as is; without one it is read in the zone")]
    public void Dates_with_and_without_offset()
    {
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, Beijing);

        Assert.Equal(new DateTimeOffset(2026, 5, 1, 1, 0, 0, TimeSpan.Zero), TimerSchedule.NextDue(created, Parse(TimerType.Date, "2026-05-01T09:00:00+08:00"), Shanghai));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 0, 0, Beijing), TimerSchedule.NextDue(created, Parse(TimerType.Date, "2026-05-01T09:00:00"), Shanghai));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 0, 0, 0, Beijing), TimerSchedule.NextDue(created, Parse(TimerType.Date, "2026-05-01"), Shanghai));
    }

    [Fact(DisplayName = "R31a: a cycle first fires one interval after creation, or after its start")]
    public void Cycle_first_due()
    {
        var created = new DateTimeOffset(2026, 1, 5, 8, 0, 0, Beijing);

        Assert.Equal(created.AddHours(10), TimerSchedule.NextDue(created, Parse(TimerType.Cycle, "R3/PT10H"), Shanghai));
        Assert.Equal(
            new DateTimeOffset(2026, 2, 2, 9, 0, 0, Beijing),
            TimerSchedule.NextDue(created, Parse(TimerType.Cycle, "R2/2026-02-01T09:00:00+08:00/P1D"), Shanghai));
    }
}
