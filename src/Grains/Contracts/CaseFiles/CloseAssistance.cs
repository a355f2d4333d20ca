namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Closes an open assignment with a reason; every matter must be final first.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.close-assistance")]
public sealed record CloseAssistance(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string AssignmentId,
    [property: Id(3)] string? Reason,
    [property: Id(4)] DateOnly? ClosedOn) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
