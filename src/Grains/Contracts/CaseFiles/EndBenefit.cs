namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Ends an active entitlement at the end of a month, with a reason.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.end-benefit")]
public sealed record EndBenefit(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string EntitlementId,
    [property: Id(3)] DateOnly? EndMonth,
    [property: Id(4)] string? Reason) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
