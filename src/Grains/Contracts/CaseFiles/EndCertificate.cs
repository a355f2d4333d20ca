namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Ends the current certificate: lost (reported lost) or cancelled for death, recovery, fraud or transfer-out.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.end-certificate")]
public sealed record EndCertificate(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] CertificateEndReason? Reason,
    [property: Id(3)] DateOnly? EndedOn) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
