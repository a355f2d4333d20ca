namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Records the person's inclusion in one year's pension or medical-insurance reduction list.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.record-insurance-reduction")]
public sealed record RecordInsuranceReduction(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] InsuranceScheme? Scheme,
    [property: Id(3)] int? Year,
    [property: Id(4)] ReductionShare? Share,
    [property: Id(5)] decimal? Amount,
    [property: Id(6)] string? PayingBody,
    [property: Id(7)] DateOnly? ListedOn) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
