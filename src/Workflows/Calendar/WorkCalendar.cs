using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace CaseFlow.Workflows.Calendar;

/// <summary>The working-day calendar built from per-year notice data (DOMAIN.md §5).</summary>
/// <remarks>
/// Immutable and thread-safe; a correction is published by building a new calendar and replaying open clocks
/// (DOMAIN.md §6.6). Every question about a day needs the data of that day's year: a year with neither a notice
/// nor a provisional calendar raises <see cref="CalendarYearMissingException"/>, never a guess.
/// </remarks>
public sealed partial class WorkCalendar
{
    private readonly FrozenDictionary<int, CalendarYear> _years;
    private readonly FrozenSet<DateOnly> _daysOff;
    private readonly FrozenSet<DateOnly> _makeupWorkdays;

    public WorkCalendar(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);

        var byYear = new Dictionary<int, CalendarYear>();
        foreach (var year in years)
        {
            if (!byYear.TryAdd(year.Year, year))
            {
                throw new CalendarDataException(year.Source, null, string.Create(CultureInfo.InvariantCulture,
                    $"a second calendar for {year.Year}; {byYear[year.Year].Source} already provides it"));
            }
        }

        // Data of adjacent years is merged because a break may cross New Year; two notices must not disagree on a day.
        var offBy = new Dictionary<DateOnly, CalendarYear>();
        foreach (var year in byYear.Values)
        {
            foreach (var day in year.DaysOff)
            {
                offBy.TryAdd(day, year);
            }
        }

        foreach (var year in byYear.Values.OrderBy(y => y.Year))
        {
            foreach (var day in year.MakeupWorkdays.Order())
            {
                if (offBy.TryGetValue(day, out var other))
                {
                    throw new CalendarDataException(year.Source, day,
                        "listed as a make-up working day here but as a day off in " + other.Source);
                }
            }
        }

        _years = byYear.ToFrozenDictionary();
        _daysOff = offBy.Keys.ToFrozenSet();
        _makeupWorkdays = byYear.Values.SelectMany(y => y.MakeupWorkdays).ToFrozenSet();
        Years = byYear.Keys.Order().ToImmutableArray();
    }

    /// <summary>The years with data (real or provisional), ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>True when <paramref name="year"/> has data, real or provisional.</summary>
    public bool HasYear(int year) => _years.ContainsKey(year);

    /// <summary>The data of <paramref name="year"/>.</summary>
    /// <exception cref="CalendarYearMissingException">The year has no data.</exception>
    public CalendarYear GetYear(int year) =>
        _years.TryGetValue(year, out var data) ? data : throw new CalendarYearMissingException(year);

    /// <summary>True when <paramref name="year"/> is covered only by a provisional Mon–Fri calendar.</summary>
    /// <exception cref="CalendarYearMissingException">The year has no data.</exception>
    public bool IsProvisional(int year) => GetYear(year).Provisional;

    /// <summary>
    /// Whether government offices work on <paramref name="date"/>: a make-up working day, or Monday to Friday and not a
    /// day off (DOMAIN.md §5.1).
    /// </summary>
    /// <exception cref="CalendarYearMissingException">The date's year has no data.</exception>
    public bool IsWorkday(DateOnly date)
    {
        var provisional = false;
        return IsWorkday(date, ref provisional);
    }

    private bool IsWorkday(DateOnly date, ref bool provisional)
    {
        if (GetYear(date.Year).Provisional)
        {
            provisional = true;
        }

        return _makeupWorkdays.Contains(date)
            || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_daysOff.Contains(date));
    }
}
