namespace CaseFlow.Workflows.Calendar;

/// <summary>The JSON shape of a year file's <c>notice</c>.</summary>
internal sealed class CalendarNoticeDocument
{
    public string? Title { get; init; }

    public string? Number { get; init; }

    /// <summary>An ISO date (yyyy-MM-dd) kept as text so a bad value is reported with the file name.</summary>
    public string? PublishedOn { get; init; }

    public string? Source { get; init; }
}
