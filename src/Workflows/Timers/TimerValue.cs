namespace CaseFlow.Workflows.Timers;

/// <summary>A parsed timer value: <see cref="TimerDate"/>, <see cref="TimerDuration"/> or <see cref="TimerCycle"/>.</summary>
public abstract record TimerValue;
