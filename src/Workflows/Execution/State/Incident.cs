namespace CaseFlow.Workflows.Execution.State;

/// <summary>An open incident (R70).</summary>
/// <param name="IncidentId">Unique in the instance.</param>
/// <param name="Type">One of <see cref="IncidentTypes"/>.</param>
/// <param name="ElementId">The element the incident is on.</param>
/// <param name="ElementInstanceId">The parked element instance.</param>
/// <param name="Message">What failed; names variables and attributes, never variable values.</param>
/// <param name="CreatedAt">The step's <c>now</c>.</param>
/// <param name="Operation">The failed operation a retry re-runs.</param>
/// <param name="Retryable">Whether a retry applies.</param>
public sealed record Incident(
    string IncidentId,
    string Type,
    string ElementId,
    string ElementInstanceId,
    string Message,
    DateTimeOffset CreatedAt,
    FailedOperation Operation,
    bool Retryable)
{
    /// <summary>For <c>UnhandledError</c>: the BPMN error code nothing caught, which a called instance passes to its caller (R41c).</summary>
    public string? ErrorCode { get; init; }
}
