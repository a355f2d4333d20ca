namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>The default problem categories of DOMAIN.md §3.7.</summary>
[GenerateSerializer, Alias("caseflow.problem-category")]
public enum ProblemCategory
{
    Certificate = 1,
    Subsidy = 2,
    Assistance = 3,
    Insurance = 4,
    Rehabilitation = 5,
    Device = 6,
    Accessibility = 7,
    Care = 8,
    Employment = 9,
    Education = 10,
    Housing = 11,
    Medical = 12,
    Legal = 13,
    Other = 14,
}
