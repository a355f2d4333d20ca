namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>A petition this person is involved in; status and outcome are kept current by the petition.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.petition-link")]
public sealed record PetitionLink(
    [property: Id(0)] string PetitionId,
    [property: Id(1)] PetitionRole Role,
    [property: Id(2)] string Status,
    [property: Id(3)] string? Outcome,
    [property: Id(4)] DateTimeOffset LinkedAt,
    [property: Id(5)] DateTimeOffset UpdatedAt);
