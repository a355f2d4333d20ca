namespace CaseFlow.Workflows.Timers;

/// <summary>An ISO 8601 repeating interval <c>Rn/[start/]duration</c> (R31).</summary>
/// <param name="Repetitions">n, at least 1; null for an unbounded <c>R/…</c>.</param>
/// <param name="Start">The written start; null means the creation instant.</param>
/// <param name="Interval">The positive interval.</param>
public sealed record TimerCycle(int? Repetitions, TimerDate? Start, IsoDuration Interval) : TimerValue;
