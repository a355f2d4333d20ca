namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Closes the petition; it leaves the tracker. A support outcome needs <c>SupportCarriedOut</c>.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.close-petition")]
public sealed record ClosePetition(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string? IdempotencyKey,
    [property: Id(3)] ClosureType? Type,
    [property: Id(4)] bool SupportCarriedOut,
    [property: Id(5)] DateOnly? ClosedOn) : IPetitionCommand;
