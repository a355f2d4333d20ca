namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Records a problem found outside a visit (a phone call, a petition, a reconciliation batch).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.record-problem")]
public sealed record RecordProblem(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] DateOnly? FoundOn,
    [property: Id(3)] ProblemInput Problem) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
