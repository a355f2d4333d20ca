namespace CaseFlow.Api.CaseFiles;

/// <summary>Who may make a case-file change: office work is the caseworker's, field work also the village member's.</summary>
public enum CaseFileWork
{
    Office = 1,
    Field = 2,
}
