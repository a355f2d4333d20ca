namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>How a person is involved in a petition (DOMAIN.md §3.9).</summary>
[GenerateSerializer, Alias("caseflow.petition-role")]
public enum PetitionRole
{
    Petitioner = 1,
    Subject = 2,
    Both = 3,
}
