using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/benefits</c>: the amount comes from the configured tier.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record GrantBenefitRequest(
    SubsidyKind? Subsidy,
    string? Tier,
    DateOnly? StartMonth,
    string? ApprovingBody,
    bool? LongTermCareNeed)
{
    public GrantBenefit ToCommand(string actor, int expected) => new(actor, expected, Subsidy, Tier, StartMonth, ApprovingBody, LongTermCareNeed ?? false);
}
