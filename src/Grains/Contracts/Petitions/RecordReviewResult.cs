namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Records the reviewing body's opinion and the day the petitioner received it.</summary>
/// <remarks><c>HearingDays</c>: for 复核 only, days spent in a hearing, which do not count against the clock (Art. 36).</remarks>
[GenerateSerializer, Immutable, Alias("caseflow.record-review-result")]
public sealed record RecordReviewResult(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string? IdempotencyKey,
    [property: Id(3)] ReviewRound? Round,
    [property: Id(4)] PetitionOutcome? Outcome,
    [property: Id(5)] DateOnly? ReceivedOn,
    [property: Id(6)] int? HearingDays) : IPetitionCommand;
