namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>The host should send <c>TimerDue</c> for <paramref name="TimerId"/> at <paramref name="DueAt"/>: the earliest pending timer.</summary>
public sealed record WakeUpRequested(string TimerId, DateTimeOffset DueAt) : EngineEffect;
