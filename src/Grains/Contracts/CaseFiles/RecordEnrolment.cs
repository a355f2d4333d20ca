namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Records that the person is inside a programme of one of the three systems.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.record-enrolment")]
public sealed record RecordEnrolment(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] AssistanceSystem? System,
    [property: Id(3)] string? Programme,
    [property: Id(4)] DateOnly? StartedOn,
    [property: Id(5)] string? Source) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
