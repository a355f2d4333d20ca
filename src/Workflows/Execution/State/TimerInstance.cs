namespace CaseFlow.Workflows.Execution.State;

/// <summary>A durable timer of the instance (R34).</summary>
/// <param name="TimerId">Unique in the instance.</param>
/// <param name="Kind">What firing does.</param>
/// <param name="ElementInstanceId">The element instance it belongs to: the catch event, the boundary's host, the job's or the task's element instance.</param>
/// <param name="ElementId">The timer event's element id (for a job retry or task due date, the task's).</param>
/// <param name="DueAt">The scheduled instant; cycles advance it from the previous scheduled instant (R35).</param>
/// <param name="CycleInterval">The ISO 8601 interval of a cycle; null for a date or duration.</param>
/// <param name="CycleRemaining">Occurrences still allowed for a bounded cycle, including this one; null when unbounded or not a cycle.</param>
/// <param name="ReferenceId">The job id (job retry) or task id (due date, follow-up, timeout listener) it serves; null otherwise.</param>
public sealed record TimerInstance(
    string TimerId,
    TimerKind Kind,
    string ElementInstanceId,
    string ElementId,
    DateTimeOffset DueAt,
    string? CycleInterval,
    int? CycleRemaining,
    string? ReferenceId)
{
    /// <summary>For a <see cref="TimerKind.TaskTimeout"/> timer, the id of the timeout listener it runs.</summary>
    public string? ListenerId { get; init; }
}
