using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/benefits/{entitlementId}/end</c>.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record EndBenefitRequest(
    DateOnly? EndMonth,
    string? Reason)
{
    public EndBenefit ToCommand(string actor, int expected, string entitlementId) => new(actor, expected, entitlementId, EndMonth, Reason);
}
