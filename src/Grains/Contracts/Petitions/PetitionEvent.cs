namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>One entry of a petition's timeline: who did what when. <c>Detail</c> never holds petition content.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.petition-event")]
public sealed record PetitionEvent(
    [property: Id(0)] long Seq,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Kind,
    [property: Id(4)] string? Detail);
