using System.Collections.Immutable;
using System.Globalization;

namespace CaseFlow.Silo.Benchmarks;

/// <summary>What one variant of the timer benchmark measured.</summary>
/// <param name="Rate">Timers scheduled per second.</param>
/// <param name="HeapBytes">Managed heap growth while the timers were pending.</param>
/// <param name="Lateness">How late each timer that fired was, ascending.</param>
/// <param name="TimedOut">Calls that got no answer within the call timeout.</param>
internal sealed record TimerFigures(double Rate, long HeapBytes, ImmutableArray<TimeSpan> Lateness, int TimedOut)
{
    public double BytesPerTimer(int count) => HeapBytes / (double)count;

    /// <summary>The nearest-rank percentile of the lateness, or null when nothing fired.</summary>
    public TimeSpan? Percentile(double p) =>
        Lateness.IsEmpty ? null : Lateness[Math.Clamp((int)Math.Ceiling(p * Lateness.Length) - 1, 0, Lateness.Length - 1)];

    public string Row(string variant, int count) => string.Create(CultureInfo.InvariantCulture,
        $"| {variant} | {Rate:F0} | {HeapBytes / 1048576.0:F1} MiB | {BytesPerTimer(count):F0} B | {Ms(Percentile(0.5))} | {Ms(Percentile(0.99))} | {Lateness.Length}/{count} | {TimedOut} |");

    private static string Ms(TimeSpan? value) =>
        value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v.TotalMilliseconds:F0} ms") : "–";
}
