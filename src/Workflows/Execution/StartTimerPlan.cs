namespace CaseFlow.Workflows.Execution;

/// <summary>The first firing of one timer start event, evaluated when its version becomes the latest published (R32, R37).</summary>
/// <param name="ElementId">The start event.</param>
/// <param name="DueAt">When it first fires.</param>
/// <param name="CycleInterval">For a cycle, the ISO 8601 interval; null for a date or duration, which fire once.</param>
/// <param name="CycleRemaining">For a bounded cycle, the firings allowed; null when unbounded or not a cycle.</param>
public sealed record StartTimerPlan(string ElementId, DateTimeOffset DueAt, string? CycleInterval, int? CycleRemaining);
