using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Grains.Petitions;

/// <summary>The statutory petition clocks under the business calendar: pure functions of dates, no clock of their own.</summary>
/// <remarks>
/// Durations are calendar days from the 2022 信访工作条例 [V]: notice 15 (Art. 23), handling 60 (Art. 34), 复查 and
/// 复核 windows and answers 30 each (Art. 35, 36). The start day is not counted; a last day on a rest day rolls to the
/// next working day (Civil Code Art. 201, 203); an extension or paused days are added to the un-rolled last day and
/// the rollover applied once (DOMAIN.md §5.1). Warning points (4, 15 and 5 days left) are the defaults of DOMAIN.md
/// §4.3; windows have none.
/// </remarks>
public sealed class PetitionClocks(WorkCalendar calendar)
{
    /// <summary>The longest extension Art. 34 allows.</summary>
    public const int MaxExtensionDays = 30;

    public static int DurationOf(string clock) => clock switch
    {
        PetitionClockNames.Notice => 15,
        PetitionClockNames.Handling => 60,
        PetitionClockNames.ReviewWindow or PetitionClockNames.Review or PetitionClockNames.ReReviewWindow or PetitionClockNames.ReReview => 30,
        _ => throw new ArgumentOutOfRangeException(nameof(clock), clock, "not a petition clock"),
    };

    /// <summary>Days before the last day at which a deadline turns amber (0 for windows).</summary>
    public static int WarningDaysOf(string clock) => clock switch
    {
        PetitionClockNames.Notice => 4,
        PetitionClockNames.Handling => 15,
        PetitionClockNames.Review or PetitionClockNames.ReReview => 5,
        _ => 0,
    };

    /// <summary>Starts <paramref name="clock"/> on <paramref name="start"/> (the day of the triggering event, not counted).</summary>
    /// <exception cref="CalendarYearMissingException">The calendar lacks a year the computation needs.</exception>
    public PetitionClock Start(string clock, DateOnly start) => Recompute(new PetitionClock(clock, start, start, start, null, 0, 0, false));

    /// <summary>Adds an approved extension of <paramref name="days"/> to a running clock.</summary>
    public PetitionClock Extend(PetitionClock clock, int days)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Recompute(clock with { ExtensionDays = clock.ExtensionDays + days });
    }

    /// <summary>Adds whole paused days (a 复核 hearing) to a running clock.</summary>
    public PetitionClock Pause(PetitionClock clock, int days)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Recompute(clock with { PausedDays = clock.PausedDays + days });
    }

    public static PetitionClock Stop(PetitionClock clock, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock with { StoppedOn = on };
    }

    /// <summary>The clock as of <paramref name="today"/> (an Asia/Shanghai date).</summary>
    public static ClockView View(PetitionClock clock, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var window = PetitionClockNames.IsWindow(clock.Name);
        var overdue = false;
        int? daysLeft = null;
        ClockState state;
        var colour = ClockColour.None;
        if (clock.StoppedOn is { } stopped)
        {
            state = window ? ClockState.Used : stopped <= clock.DueOn ? ClockState.Met : ClockState.MetLate;
        }
        else
        {
            daysLeft = clock.DueOn.DayNumber - today.DayNumber;
            if (window)
            {
                state = today > clock.DueOn ? ClockState.Lapsed : ClockState.Open;
            }
            else if (today > clock.DueOn)
            {
                (state, colour, overdue) = (ClockState.Overdue, ClockColour.Red, true);
            }
            else if (today >= clock.WarnOn)
            {
                (state, colour) = (ClockState.AtRisk, ClockColour.Amber);
            }
            else
            {
                (state, colour) = (ClockState.OnTrack, ClockColour.Green);
            }
        }

        return new ClockView(clock.Name, window, clock.StartedOn, clock.DueOn, clock.WarnOn, clock.StoppedOn, state, colour, daysLeft, overdue,
            clock.ExtensionDays > 0, clock.Provisional);
    }

    private PetitionClock Recompute(PetitionClock clock)
    {
        var raw = clock.StartedOn.AddDays(DurationOf(clock.Name) + clock.ExtensionDays + clock.PausedDays);
        var due = calendar.RollForward(raw);
        return clock with { DueOn = due.Value, WarnOn = due.Value.AddDays(-WarningDaysOf(clock.Name)), Provisional = due.Provisional };
    }
}
