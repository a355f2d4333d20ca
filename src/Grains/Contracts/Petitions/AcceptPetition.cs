namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Decides acceptance (受理) and records the written notice; acceptance starts the 60-day handling clock.</summary>
/// <remarks><c>Accepted</c> false is 不予受理 and needs a reason (duplicate, finalised, outside remit…).</remarks>
[GenerateSerializer, Immutable, Alias("caseflow.accept-petition")]
public sealed record AcceptPetition(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string? IdempotencyKey,
    [property: Id(3)] bool? Accepted,
    [property: Id(4)] DateOnly? NoticeOn,
    [property: Id(5)] string? Reason) : IPetitionCommand;
