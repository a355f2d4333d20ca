namespace CaseFlow.Workflows.Calendar;

/// <summary>A computation needed a day of a year for which no calendar data (real or provisional) is loaded.</summary>
/// <remarks>
/// Days off and make-up working days are fixed each year by notice and cannot be computed (DOMAIN.md §5.2), so the
/// calendar never guesses: the caller turns this into a <c>CalendarMissing</c> incident or rejects the command with
/// <see cref="Code"/>.
/// </remarks>
public sealed class CalendarYearMissingException : Exception
{
    /// <summary>The stable error code clients and incidents carry.</summary>
    public const string Code = "CALENDAR_YEAR_MISSING";

    public CalendarYearMissingException(int year)
        : base(FormattableString.Invariant(
            $"{Code}: no working-day calendar is loaded for {year}; enter the year's notice or enable a provisional Mon–Fri calendar for it."))
    {
        Year = year;
    }

    /// <summary>The year without data.</summary>
    public int Year { get; }
}
