namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>A problem to record: category, what is wrong, and an optional due date for its resolution.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.problem-input")]
public sealed record ProblemInput(
    [property: Id(0)] ProblemCategory? Category,
    [property: Id(1)] string? Description,
    [property: Id(2)] DateOnly? DueOn);
