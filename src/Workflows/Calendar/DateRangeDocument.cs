namespace CaseFlow.Workflows.Calendar;

/// <summary>An inclusive range of ISO dates, as the notices state breaks ("1月28日至2月4日").</summary>
internal sealed class DateRangeDocument
{
    public required string From { get; init; }

    public required string To { get; init; }
}
