namespace CaseFlow.Workflows.Calendar;

/// <summary>A calendar year file (or a combination of files) is malformed or contradicts itself.</summary>
/// <remarks>Raised at load time so that bad data stops the calendar from being published, never a deadline later.</remarks>
public sealed class CalendarDataException : Exception
{
    /// <summary>The stable error code clients carry.</summary>
    public const string Code = "CALENDAR_DATA_INVALID";

    public CalendarDataException(string source, DateOnly? date, string problem, Exception? innerException = null)
        : base(Describe(source, date, problem), innerException)
    {
        Source = source;
        Date = date;
        Problem = problem;
    }

    /// <summary>The file (or other origin) holding the bad data.</summary>
    public new string Source { get; }

    /// <summary>The offending date, when the problem is about one date.</summary>
    public DateOnly? Date { get; }

    /// <summary>What is wrong, without the file and date prefix.</summary>
    public string Problem { get; }

    private static string Describe(string source, DateOnly? date, string problem) => date is { } day
        ? FormattableString.Invariant($"{Code}: {source}: {day:yyyy-MM-dd}: {problem}")
        : FormattableString.Invariant($"{Code}: {source}: {problem}");
}
