namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Records that the person left a programme.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.end-enrolment")]
public sealed record EndEnrolment(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string EnrolmentId,
    [property: Id(3)] DateOnly? EndedOn) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
