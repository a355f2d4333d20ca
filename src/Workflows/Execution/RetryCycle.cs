using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Execution;

/// <summary>A parsed <c>camunda:failedJobRetryTimeCycle</c> (§2, R63).</summary>
/// <param name="Attempts">Attempts in total, the first included.</param>
/// <param name="Waits">The wait after each failure; the last repeats when there are more failures than entries.</param>
internal sealed record RetryCycle(int Attempts, IReadOnlyList<IsoDuration> Waits)
{
    /// <summary>An unbounded <c>R/…</c> still needs a bound; it gets this many attempts.</summary>
    private const int UnboundedAttempts = 1_000;

    /// <summary>The default <c>R3/PT1M</c>.</summary>
    public static RetryCycle Default { get; } = new(3, [new IsoDuration(0, 0, 0, 0, 0, 1, 0)]);

    /// <summary><c>Rn/duration</c> = n attempts that far apart; <c>d1,d2,…</c> = one retry after each wait (as C7).</summary>
    public static RetryCycle? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith('R'))
        {
            return IsoTimerParser.Parse(TimerType.Cycle, trimmed).Value is TimerCycle { Start: null } cycle
                ? new RetryCycle(cycle.Repetitions ?? UnboundedAttempts, [cycle.Interval])
                : null;
        }

        var waits = new List<IsoDuration>();
        foreach (var part in trimmed.Split(','))
        {
            if (!IsoTimerParser.TryParseDuration(part.Trim(), out var wait))
            {
                return null;
            }

            waits.Add(wait);
        }

        return new RetryCycle(waits.Count + 1, waits);
    }

    /// <summary>The wait after attempt <paramref name="attempt"/> (1-based) failed.</summary>
    public IsoDuration WaitAfter(int attempt) => Waits[Math.Clamp(attempt - 1, 0, Waits.Count - 1)];
}
