namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Closes an open problem: resolved, unresolvable (with a reason), or handed to 三定, a petition or certification.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.resolve-problem")]
public sealed record ResolveProblem(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string ProblemId,
    [property: Id(3)] ProblemStatus? Status,
    [property: Id(4)] DateOnly? ResolvedOn,
    [property: Id(5)] string? Resolution) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
