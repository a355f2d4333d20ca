namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>How a petition arrived (Art. 17); <c>Forwarded</c> came through the county petition bureau.</summary>
[GenerateSerializer, Alias("caseflow.petition-channel")]
public enum PetitionChannel
{
    Online = 1,
    Letter = 2,
    Phone = 3,
    Fax = 4,
    Visit = 5,
    Forwarded = 6,
}
