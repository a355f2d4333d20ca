using System.Collections.Immutable;

namespace CaseFlow.Workflows.Calendar;

/// <summary>One break of a year's notice: a run of consecutive days off and the weekend days worked to make it up.</summary>
/// <param name="Name">The holiday's Chinese name, e.g. 春节.</param>
/// <param name="NameEn">The holiday's English name, when given.</param>
/// <param name="FirstDayOff">The first day of the break.</param>
/// <param name="LastDayOff">The last day of the break (inclusive; equal to the first for a one-day holiday).</param>
/// <param name="MakeupWorkdays">Saturdays or Sundays that are working days because of this break (补班).</param>
public sealed record HolidayBreak(
    string Name,
    string? NameEn,
    DateOnly FirstDayOff,
    DateOnly LastDayOff,
    ImmutableArray<DateOnly> MakeupWorkdays)
{
    /// <summary>Every day from <see cref="FirstDayOff"/> to <see cref="LastDayOff"/>, in order.</summary>
    public IEnumerable<DateOnly> DaysOff()
    {
        for (var day = FirstDayOff; day <= LastDayOff; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
