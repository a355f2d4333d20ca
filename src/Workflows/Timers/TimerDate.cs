namespace CaseFlow.Workflows.Timers;

/// <summary>An ISO 8601 date-time or date, with or without an offset (R29).</summary>
/// <param name="Local">The wall-clock value as written (a date alone is 00:00).</param>
/// <param name="Offset">The written offset (<c>Z</c> is zero); null means "in the configured zone".</param>
public sealed record TimerDate(DateTime Local, TimeSpan? Offset) : TimerValue
{
    /// <summary>True when the text carried <c>Z</c> or an offset.</summary>
    public bool HasOffset => Offset is not null;
}
