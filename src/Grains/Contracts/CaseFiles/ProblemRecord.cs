namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>A problem found on a visit or raised otherwise, and how it was resolved (DOMAIN.md §3.7).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.problem-record")]
public sealed record ProblemRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly FoundOn,
    [property: Id(2)] string? VisitId,
    [property: Id(3)] ProblemCategory Category,
    [property: Id(4)] string Description,
    [property: Id(5)] DateOnly? DueOn,
    [property: Id(6)] ProblemStatus Status,
    [property: Id(7)] DateOnly? ResolvedOn,
    [property: Id(8)] string? Resolution,
    [property: Id(9)] string? ResolvedBy)
{
    public bool IsOpen => Status == ProblemStatus.Open;
}
