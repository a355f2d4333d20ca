namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>One entitlement to one of the two subsidies (DOMAIN.md §3.4).</summary>
/// <remarks>Months are the first day of the month. <c>EndMonth</c> null: still active.</remarks>
[GenerateSerializer, Immutable, Alias("caseflow.benefit-entitlement")]
public sealed record BenefitEntitlement(
    [property: Id(0)] string Id,
    [property: Id(1)] SubsidyKind Subsidy,
    [property: Id(2)] string Tier,
    [property: Id(3)] decimal MonthlyAmount,
    [property: Id(4)] DateOnly StartMonth,
    [property: Id(5)] DateOnly? EndMonth,
    [property: Id(6)] string? EndReason,
    [property: Id(7)] string ApprovingBody)
{
    public bool IsActive => EndMonth is null;
}
