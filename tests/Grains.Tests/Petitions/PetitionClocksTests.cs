using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Petitions;
using CaseFlow.Grains.Tests.Infrastructure;
using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Grains.Tests.Petitions;

/// <summary>The statutory petition clocks on the shipped calendar, with the worked examples of DOMAIN.md §5.5.</summary>
public sealed class PetitionClocksTests
{
    private readonly PetitionClocks _clocks = new(ShippedCalendar.Instance);

    [Theory(DisplayName = "Acceptance notice: 15 calendar days from receipt, rolled past rest days (DOMAIN.md §5.5)")]
    [InlineData("2024-09-17", "2024-10-08")] // last day in the National Day break
    [InlineData("2024-09-25", "2024-10-10")] // a working day
    [InlineData("2025-01-20", "2025-02-05")] // Spring Festival break ends 02-04
    [InlineData("2025-09-20", "2025-10-09")] // break 10-01 – 10-08
    [InlineData("2026-02-01", "2026-02-24")] // break 02-15 – 02-23
    public void Notice_is_15_days_with_rollover(string received, string due)
    {
        var clock = _clocks.Start(PetitionClockNames.Notice, DateOnly.Parse(received));

        Assert.Equal(DateOnly.Parse(due), clock.DueOn);
        Assert.Equal(DateOnly.Parse(due).AddDays(-4), clock.WarnOn);
        Assert.False(clock.Provisional);
    }

    [Theory(DisplayName = "Handling: 60 calendar days from acceptance, rolled past rest days")]
    [InlineData("2024-08-05", "2024-10-08")]
    [InlineData("2025-08-01", "2025-09-30")]
    [InlineData("2025-12-01", "2026-01-30")]
    public void Handling_is_60_days_with_rollover(string accepted, string due)
    {
        var clock = _clocks.Start(PetitionClockNames.Handling, DateOnly.Parse(accepted));

        Assert.Equal(DateOnly.Parse(due), clock.DueOn);
        Assert.Equal(DateOnly.Parse(due).AddDays(-15), clock.WarnOn);
    }

    [Fact(DisplayName = "An extension of 30 days is added to the un-rolled last day, then rolled once: 2025-08-01 → 2025-10-30")]
    public void Extension_is_added_before_rollover()
    {
        var clock = _clocks.Start(PetitionClockNames.Handling, new DateOnly(2025, 8, 1));

        var extended = _clocks.Extend(clock, 30);

        Assert.Equal(new DateOnly(2025, 10, 30), extended.DueOn);
        Assert.Equal(30, extended.ExtensionDays);
        Assert.True(PetitionClocks.View(extended, new DateOnly(2025, 10, 1)).Extended);
    }

    [Theory(DisplayName = "Review and re-review: 30 calendar days, rolled past rest days")]
    [InlineData("2022-09-05", "2022-10-08")] // rolls onto a make-up Saturday, a working day
    [InlineData("2026-01-20", "2026-02-24")] // Spring Festival break
    public void Review_rounds_are_30_days(string requested, string due)
    {
        Assert.Equal(DateOnly.Parse(due), _clocks.Start(PetitionClockNames.Review, DateOnly.Parse(requested)).DueOn);
        Assert.Equal(DateOnly.Parse(due), _clocks.Start(PetitionClockNames.ReReview, DateOnly.Parse(requested)).DueOn);
        Assert.Equal(DateOnly.Parse(due), _clocks.Start(PetitionClockNames.ReviewWindow, DateOnly.Parse(requested)).DueOn);
    }

    [Fact(DisplayName = "Hearing days pause the re-review clock: they are added to the deadline before rollover")]
    public void Hearing_pauses_the_re_review_clock()
    {
        var clock = _clocks.Start(PetitionClockNames.ReReview, new DateOnly(2026, 4, 1));

        var paused = _clocks.Pause(clock, 10);

        Assert.Equal(new DateOnly(2026, 5, 1).AddDays(10), paused.DueOn); // 05-01 is a holiday; 05-11 is a Monday
        Assert.Equal(10, paused.PausedDays);
    }

    [Fact(DisplayName = "A running deadline is green, then amber from its warning day, then red and overdue the day after its last day")]
    public void Colours_follow_the_days_left()
    {
        var clock = _clocks.Start(PetitionClockNames.Notice, new DateOnly(2024, 9, 25)); // due 2024-10-10, warn 10-06

        var green = PetitionClocks.View(clock, new DateOnly(2024, 10, 5));
        var amber = PetitionClocks.View(clock, new DateOnly(2024, 10, 6));
        var lastDay = PetitionClocks.View(clock, new DateOnly(2024, 10, 10));
        var red = PetitionClocks.View(clock, new DateOnly(2024, 10, 11));

        Assert.Equal((ClockState.OnTrack, ClockColour.Green, 5, false), (green.State, green.Colour, green.DaysLeft, green.Overdue));
        Assert.Equal((ClockState.AtRisk, ClockColour.Amber, 4), (amber.State, amber.Colour, amber.DaysLeft));
        Assert.Equal((ClockState.AtRisk, 0, false), (lastDay.State, lastDay.DaysLeft, lastDay.Overdue));
        Assert.Equal((ClockState.Overdue, ClockColour.Red, -1, true), (red.State, red.Colour, red.DaysLeft, red.Overdue));
    }

    [Fact(DisplayName = "A stopped deadline is met on or before its last day and met late after it, with no colour")]
    public void Stopped_clocks_are_met_or_met_late()
    {
        var clock = _clocks.Start(PetitionClockNames.Notice, new DateOnly(2024, 9, 25));

        var met = PetitionClocks.View(PetitionClocks.Stop(clock, new DateOnly(2024, 10, 10)), new DateOnly(2024, 12, 1));
        var late = PetitionClocks.View(PetitionClocks.Stop(clock, new DateOnly(2024, 10, 11)), new DateOnly(2024, 12, 1));

        Assert.Equal((ClockState.Met, ClockColour.None, (int?)null), (met.State, met.Colour, met.DaysLeft));
        Assert.Equal(ClockState.MetLate, late.State);
    }

    [Fact(DisplayName = "A window is open until its last day and lapsed after it, never coloured")]
    public void Windows_open_and_lapse_without_colour()
    {
        var window = _clocks.Start(PetitionClockNames.ReviewWindow, new DateOnly(2026, 3, 2)); // due 2026-04-01

        var open = PetitionClocks.View(window, new DateOnly(2026, 4, 1));
        var lapsed = PetitionClocks.View(window, new DateOnly(2026, 4, 2));

        Assert.Equal((ClockState.Open, ClockColour.None, false), (open.State, open.Colour, open.Overdue));
        Assert.Equal((ClockState.Lapsed, ClockColour.None, false), (lapsed.State, lapsed.Colour, lapsed.Overdue));
        Assert.True(open.IsWindow);
    }

    [Fact(DisplayName = "A deadline in a year without calendar data fails loudly with the year (DOMAIN.md §5.4)")]
    public void Missing_year_fails_loudly()
    {
        var ex = Assert.Throws<CalendarYearMissingException>(() => _clocks.Start(PetitionClockNames.Handling, new DateOnly(2026, 12, 1)));

        Assert.Equal(2027, ex.Year);
    }
}
