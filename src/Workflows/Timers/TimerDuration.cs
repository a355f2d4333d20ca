namespace CaseFlow.Workflows.Timers;

/// <summary>An ISO 8601 duration added to the creation instant (R30).</summary>
/// <param name="Duration">The positive duration.</param>
public sealed record TimerDuration(IsoDuration Duration) : TimerValue;
