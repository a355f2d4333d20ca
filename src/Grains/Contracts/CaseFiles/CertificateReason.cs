namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Why a certificate number was issued (DOMAIN.md §3.3 "history").</summary>
[GenerateSerializer, Alias("caseflow.certificate-reason")]
public enum CertificateReason
{
    New = 1,
    Reassessment = 2,
    Renewal = 3,
    Replacement = 4,
    TransferIn = 5,
}
