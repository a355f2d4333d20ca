namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A timer was created or a cycle moved to its next occurrence.</summary>
public sealed record TimerScheduled(string TimerId, string ElementId, DateTimeOffset DueAt) : EngineEffect;
