namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>The petition after a command or read, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.petition-result")]
public sealed record PetitionResult(
    [property: Id(0)] PetitionView? Petition,
    [property: Id(1)] DomainError? Error)
{
    public static PetitionResult Ok(PetitionView petition) => new(petition, null);

    public static PetitionResult Fail(DomainError error) => new(null, error);
}
