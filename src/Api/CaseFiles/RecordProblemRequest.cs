using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/problems</c>: a problem found outside a visit.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record RecordProblemRequest(
    DateOnly? FoundOn,
    ProblemCategory? Category,
    string? Description,
    DateOnly? DueOn)
{
    public RecordProblem ToCommand(string actor, int expected) => new(actor, expected, FoundOn, new ProblemInput(Category, Description, DueOn));
}
