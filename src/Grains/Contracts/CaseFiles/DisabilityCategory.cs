namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>The seven disability categories and their certificate digits (DOMAIN.md §3.3).</summary>
[GenerateSerializer, Alias("caseflow.disability-category")]
public enum DisabilityCategory
{
    Visual = 1,
    Hearing = 2,
    Speech = 3,
    Physical = 4,
    Intellectual = 5,
    Psychosocial = 6,
    Multiple = 7,
}
