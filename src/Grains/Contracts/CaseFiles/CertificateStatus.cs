namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Life-cycle status of one certificate number (DOMAIN.md §3.3).</summary>
/// <remarks><c>Expired</c> is never stored: a valid certificate reads as expired from its expiry date on.</remarks>
[GenerateSerializer, Alias("caseflow.certificate-status")]
public enum CertificateStatus
{
    Valid = 1,
    Expired = 2,
    Cancelled = 3,
    LostReported = 4,
    Superseded = 5,
}
