namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Inclusion in one year's contribution-reduction list (DOMAIN.md §3.5).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.insurance-reduction")]
public sealed record InsuranceReduction(
    [property: Id(0)] InsuranceScheme Scheme,
    [property: Id(1)] int Year,
    [property: Id(2)] ReductionShare Share,
    [property: Id(3)] decimal Amount,
    [property: Id(4)] string PayingBody,
    [property: Id(5)] DateOnly ListedOn);
