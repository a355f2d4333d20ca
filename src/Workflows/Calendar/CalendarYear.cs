using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CaseFlow.Workflows.Calendar;

/// <summary>One year's validated calendar data: the breaks of its notice, or a provisional Mon–Fri calendar.</summary>
/// <remarks>
/// A year's notice may place days in the adjacent years (the 2023 New Year break starts on 2022-12-31), so the dates of
/// a year file may fall in the year before or after; they are declared by the notice that fixes them, never copied
/// into the neighbour's file. Whether a date is covered by data at all is decided by the file of the date's own year.
/// </remarks>
public sealed class CalendarYear
{
    public CalendarYear(int year, bool provisional, CalendarNotice notice, IEnumerable<HolidayBreak> breaks, string source)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(breaks);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);

        Year = year;
        Provisional = provisional;
        Notice = notice;
        Breaks = [.. breaks];
        Source = source;

        Validate();
        DaysOff = Breaks.SelectMany(b => b.DaysOff()).ToFrozenSet();
        MakeupWorkdays = Breaks.SelectMany(b => b.MakeupWorkdays).ToFrozenSet();
    }

    /// <summary>The year the file is for.</summary>
    public int Year { get; }

    /// <summary>True for a provisional Mon–Fri calendar entered while the year's notice is not published (DOMAIN.md §5.4).</summary>
    public bool Provisional { get; }

    /// <summary>The notice the data comes from.</summary>
    public CalendarNotice Notice { get; }

    /// <summary>The breaks, in file order; empty for a provisional year.</summary>
    public ImmutableArray<HolidayBreak> Breaks { get; }

    /// <summary>Where the data was read from (a file path), for error messages and the admin screen.</summary>
    public string Source { get; }

    /// <summary>Every listed day off, including those falling in an adjacent year.</summary>
    public IReadOnlySet<DateOnly> DaysOff { get; }

    /// <summary>Every make-up working day, including those falling in an adjacent year.</summary>
    public IReadOnlySet<DateOnly> MakeupWorkdays { get; }

    private void Validate()
    {
        // Keeps year ± 1 inside DateOnly's range, so adjacent-year checks cannot overflow.
        if (Year is < 2 or > 9998)
        {
            Fail(null, string.Create(CultureInfo.InvariantCulture, $"year {Year} is out of range"));
        }

        if (string.IsNullOrWhiteSpace(Notice.Title) && string.IsNullOrWhiteSpace(Notice.Source))
        {
            Fail(null, "the notice needs a title or a source text saying where the data comes from");
        }

        if (Provisional && Breaks.Length > 0)
        {
            // A provisional year is by definition plain Mon–Fri; partial data would be neither the notice nor that.
            Fail(null, "a provisional year is a Mon–Fri calendar and must not list breaks; enter the real notice instead");
        }

        var off = new HashSet<DateOnly>();
        var makeup = new HashSet<DateOnly>();
        foreach (var holiday in Breaks)
        {
            if (string.IsNullOrWhiteSpace(holiday.Name))
            {
                Fail(holiday.FirstDayOff, "a break needs a name");
            }

            if (holiday.LastDayOff < holiday.FirstDayOff)
            {
                Fail(holiday.FirstDayOff, string.Create(CultureInfo.InvariantCulture,
                    $"break {holiday.Name} ends on {holiday.LastDayOff:yyyy-MM-dd}, before it starts"));
            }

            foreach (var day in holiday.DaysOff())
            {
                CheckYear(day, holiday.Name);
                if (!off.Add(day))
                {
                    Fail(day, "listed as a day off twice");
                }
            }

            foreach (var day in holiday.MakeupWorkdays)
            {
                CheckYear(day, holiday.Name);
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    Fail(day, string.Create(CultureInfo.InvariantCulture,
                        $"make-up working day of {holiday.Name} is a {day.DayOfWeek}; only a Saturday or Sunday can be made a working day"));
                }

                if (!makeup.Add(day))
                {
                    Fail(day, "listed as a make-up working day twice");
                }
            }
        }

        foreach (var day in off.Intersect(makeup).Order())
        {
            Fail(day, "listed both as a day off and as a make-up working day");
        }
    }

    private void CheckYear(DateOnly day, string breakName)
    {
        if (Math.Abs(day.Year - Year) > 1)
        {
            Fail(day, string.Create(CultureInfo.InvariantCulture,
                $"date of break {breakName} is not in {Year} or an adjacent year"));
        }
    }

    [DoesNotReturn]
    private void Fail(DateOnly? date, string problem) => throw new CalendarDataException(Source, date, problem);
}
