namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Grants one of the two subsidies at a configured tier; the amount comes from configuration.</summary>
/// <remarks><c>LongTermCareNeed</c>: the assessed need for long-term care, required for the care subsidy.</remarks>
[GenerateSerializer, Immutable, Alias("caseflow.grant-benefit")]
public sealed record GrantBenefit(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] SubsidyKind? Subsidy,
    [property: Id(3)] string? Tier,
    [property: Id(4)] DateOnly? StartMonth,
    [property: Id(5)] string? ApprovingBody,
    [property: Id(6)] bool LongTermCareNeed) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
