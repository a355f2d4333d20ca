namespace CaseFlow.Workflows.Execution;

/// <summary>A timer value evaluated at creation (R32): the first due instant and, for a cycle, its interval and count.</summary>
internal sealed record PlannedTimer(DateTimeOffset DueAt, string? CycleInterval, int? CycleRemaining);
