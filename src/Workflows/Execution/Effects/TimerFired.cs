namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A timer fired; <paramref name="Lateness"/> is <c>now</c> minus the scheduled instant (R33).</summary>
/// <param name="TimerId">The timer.</param>
/// <param name="ElementId">Its element.</param>
/// <param name="DueAt">The scheduled instant.</param>
/// <param name="Lateness">How late it fired; zero when on time.</param>
/// <param name="Occurrences">Cycle occurrences this firing covers (R35 coalescing); 1 otherwise.</param>
public sealed record TimerFired(string TimerId, string ElementId, DateTimeOffset DueAt, TimeSpan Lateness, int Occurrences) : EngineEffect;
