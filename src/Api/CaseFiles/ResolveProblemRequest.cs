using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/problems/{problemId}/resolve</c>.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record ResolveProblemRequest(
    ProblemStatus? Status,
    DateOnly? ResolvedOn,
    string? Resolution)
{
    public ResolveProblem ToCommand(string actor, int expected, string problemId) => new(actor, expected, problemId, Status, ResolvedOn, Resolution);
}
