namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>An open incident of an instance (R70).</summary>
/// <param name="IncidentId">Unique in the instance.</param>
/// <param name="Type">An incident type such as <c>ExpressionError</c>.</param>
/// <param name="ElementId">The element it is on.</param>
/// <param name="Message">What failed; names variables, never their values.</param>
/// <param name="CreatedAt">When it was raised.</param>
/// <param name="Retryable">Whether a retry applies.</param>
[GenerateSerializer, Immutable, Alias("caseflow.instance-incident-view")]
public sealed record InstanceIncidentView(
    [property: Id(0)] string IncidentId,
    [property: Id(1)] string Type,
    [property: Id(2)] string ElementId,
    [property: Id(3)] string Message,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] bool Retryable);
