namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Records the petitioner's rating of the reply (Art. 21 ¶2); a later rating replaces an earlier one.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.rate-satisfaction")]
public sealed record RateSatisfaction(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string? IdempotencyKey,
    [property: Id(3)] Satisfaction? Rating) : IPetitionCommand;
