namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Records the handling opinion and the day the petitioner received it (办结); that day opens the 复查 window.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.answer-petition")]
public sealed record AnswerPetition(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string? IdempotencyKey,
    [property: Id(3)] PetitionOutcome? Outcome,
    [property: Id(4)] DateOnly? ReceivedOn) : IPetitionCommand;
