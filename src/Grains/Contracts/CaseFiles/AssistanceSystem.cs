namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>The three systems (三个体系): 社会救助, 社会保障, 社会福利.</summary>
[GenerateSerializer, Alias("caseflow.assistance-system")]
public enum AssistanceSystem
{
    SocialAssistance = 1,
    SocialSecurity = 2,
    SocialWelfare = 3,
}
