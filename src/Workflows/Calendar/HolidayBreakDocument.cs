namespace CaseFlow.Workflows.Calendar;

/// <summary>The JSON shape of one entry of a year file's <c>breaks</c>.</summary>
internal sealed class HolidayBreakDocument
{
    public required string Name { get; init; }

    public string? NameEn { get; init; }

    public required DateRangeDocument DaysOff { get; init; }

    // A setter, not init: the source generator passes absent init-only members as null, losing the default.
    public IReadOnlyList<string> MakeupWorkdays { get; set; } = [];
}
