namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Why a certificate stops being valid without a successor (DOMAIN.md §3.3 "cancellation").</summary>
[GenerateSerializer, Alias("caseflow.certificate-end-reason")]
public enum CertificateEndReason
{
    Death = 1,
    Recovery = 2,
    Fraud = 3,
    TransferOut = 4,
    Lost = 5,
}
