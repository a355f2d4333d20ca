namespace CaseFlow.Workflows.Calendar;

/// <summary>The JSON shape of a year file (<c>seeds/calendars/cn/&lt;year&gt;.json</c>).</summary>
internal sealed class CalendarYearDocument
{
    public required int Year { get; init; }

    public bool Provisional { get; init; }

    public required CalendarNoticeDocument Notice { get; init; }

    // A setter, not init: the source generator passes absent init-only members as null, losing the default.
    public IReadOnlyList<HolidayBreakDocument> Breaks { get; set; } = [];
}
