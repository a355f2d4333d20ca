namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>planned → referred → decided → enrolled, or refused / not eligible / withdrawn (DOMAIN.md §3.8).</summary>
[GenerateSerializer, Alias("caseflow.matter-status")]
public enum MatterStatus
{
    Planned = 1,
    Referred = 2,
    Decided = 3,
    Enrolled = 4,
    Refused = 5,
    NotEligible = 6,
    Withdrawn = 7,
}
