namespace CaseFlow.Workflows.Timers;

/// <summary>The result of parsing a literal timer value: a value, or an English error.</summary>
/// <param name="Value">The parsed value; null on failure.</param>
/// <param name="Error">Why the text is not a valid value; null on success.</param>
/// <param name="IsCron">True when the text looks like a cron expression, which CaseFlow rejects (R31).</param>
public sealed record TimerParseResult(TimerValue? Value, string? Error, bool IsCron = false)
{
    /// <summary>True when a value was parsed.</summary>
    public bool Success => Value is not null;

    internal static TimerParseResult Ok(TimerValue value) => new(value, null);

    internal static TimerParseResult Fail(string error, bool isCron = false) => new(null, error, isCron);
}
