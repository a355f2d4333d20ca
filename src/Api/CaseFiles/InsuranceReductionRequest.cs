using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/insurance-reductions</c>.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record InsuranceReductionRequest(
    InsuranceScheme? Scheme,
    int? Year,
    ReductionShare? Share,
    decimal? Amount,
    string? PayingBody,
    DateOnly? ListedOn)
{
    public RecordInsuranceReduction ToCommand(string actor, int expected) => new(actor, expected, Scheme, Year, Share, Amount, PayingBody, ListedOn);
}
