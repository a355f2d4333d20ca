namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Moves one matter of an open assignment on; reaching <c>Enrolled</c> also records the enrolment.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.update-matter")]
public sealed record UpdateMatter(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string AssignmentId,
    [property: Id(3)] string MatterId,
    [property: Id(4)] MatterStatus? Status,
    [property: Id(5)] DateOnly? On,
    [property: Id(6)] string? Reference) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
