namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Records a request for 复查 or 复核, made within its 30-day window; starts the 30-day answer clock.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.request-review")]
public sealed record RequestReview(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string? IdempotencyKey,
    [property: Id(3)] ReviewRound? Round,
    [property: Id(4)] DateOnly? RequestedOn) : IPetitionCommand;
