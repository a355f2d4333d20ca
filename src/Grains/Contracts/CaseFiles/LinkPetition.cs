namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Links a petition to the person, or brings the link's status and outcome up to date.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.link-petition")]
public sealed record LinkPetition(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string PetitionId,
    [property: Id(3)] PetitionRole? Role,
    [property: Id(4)] string? Status,
    [property: Id(5)] string? Outcome) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
