namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Insurance whose contribution the government pays in part or in full (DOMAIN.md §3.5).</summary>
[GenerateSerializer, Alias("caseflow.insurance-scheme")]
public enum InsuranceScheme
{
    /// <summary>养老保险缴费减免.</summary>
    Pension = 1,

    /// <summary>医保缴费减免 (资助参保).</summary>
    Medical = 2,
}
