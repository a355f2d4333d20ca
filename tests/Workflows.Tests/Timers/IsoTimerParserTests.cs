using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Tests.Timers;

/// <summary>R29–R31: the ISO 8601 forms timers accept.</summary>
public sealed class IsoTimerParserTests
{
    [Fact(DisplayName = "R29a: a date-time with offset keeps its offset")]
    public void Date_with_offset()
    {
        var result = IsoTimerParser.Parse(TimerType.Date, "2026-05-01T09:00:00+08:00");

        Assert.Equal(new TimerDate(new DateTime(2026, 5, 1, 9, 0, 0), TimeSpan.FromHours(8)), result.Value);
    }

    [Theory(DisplayName = "Dates: Z, no offset, fractions and a date alone")]
    [InlineData("2026-05-01T09:00:00Z", true)]
    [InlineData("2026-05-01T09:00:00", false)]
    [InlineData("2026-05-01T09:00:00.250-05:30", true)]
    [InlineData("2026-05-01", false)]
    public void Date_forms(string text, bool hasOffset)
    {
        var date = Assert.IsType<TimerDate>(IsoTimerParser.Parse(TimerType.Date, text).Value);

        Assert.Equal(hasOffset, date.HasOffset);
    }

    [Theory(DisplayName = "Durations are kept in their written units")]
    [InlineData("P1M", 0, 1, 0, 0, 0, 0, 0)]
    [InlineData("P1Y2M3W4DT5H6M7.5S", 1, 2, 3, 4, 5, 6, 7.5)]
    [InlineData("PT48H", 0, 0, 0, 0, 48, 0, 0)]
    [InlineData("PT0.5S", 0, 0, 0, 0, 0, 0, 0.5)]
    public void Duration_forms(string text, int years, int months, int weeks, int days, int hours, int minutes, double seconds)
    {
        Assert.True(IsoTimerParser.TryParseDuration(text, out var duration));
        Assert.Equal(new IsoDuration(years, months, weeks, days, hours, minutes, (decimal)seconds), duration);
    }

    [Theory(DisplayName = "Signs, fractions outside seconds, zero and empty time parts are not durations")]
    [InlineData("-P1D")]
    [InlineData("P1.5D")]
    [InlineData("P0D")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("1D")]
    public void Invalid_durations(string text) =>
        Assert.False(IsoTimerParser.TryParseDuration(text, out _));

    [Fact(DisplayName = "R31: cycles with a count, unbounded, and with a start")]
    public void Cycle_forms()
    {
        Assert.Equal(new TimerCycle(3, null, new IsoDuration(0, 0, 0, 0, 10, 0, 0)), IsoTimerParser.Parse(TimerType.Cycle, "R3/PT10H").Value);
        Assert.Equal(new TimerCycle(null, null, new IsoDuration(0, 0, 0, 1, 0, 0, 0)), IsoTimerParser.Parse(TimerType.Cycle, "R/P1D").Value);
        var withStart = Assert.IsType<TimerCycle>(IsoTimerParser.Parse(TimerType.Cycle, "R2/2026-05-01T09:00:00+08:00/P1W").Value);
        Assert.Equal(new DateTime(2026, 5, 1, 9, 0, 0), withStart.Start!.Local);
    }

    [Theory(DisplayName = "R31: R0, duration/end intervals and cron are rejected; cron is flagged")]
    [InlineData("R0/PT1H", false)]
    [InlineData("R3/PT1H/2026-05-01T00:00:00Z", false)]
    [InlineData("0 0/5 * * * ?", true)]
    [InlineData("0 9 * * MON-FRI", true)]
    public void Invalid_cycles(string text, bool isCron)
    {
        var result = IsoTimerParser.Parse(TimerType.Cycle, text);

        Assert.False(result.Success);
        Assert.Equal(isCron, result.IsCron);
    }

    [Fact(DisplayName = "An impossible calendar date is rejected")]
    public void Impossible_date() =>
        Assert.False(IsoTimerParser.TryParseDate("2025-02-29T00:00:00Z", out _));
}
