namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Records the director's approval of the one extension of the handling clock, at most 30 days (Art. 34).</summary>
/// <remarks><c>Actor</c> is the approver; <c>RequestedBy</c> the handler who asked.</remarks>
[GenerateSerializer, Immutable, Alias("caseflow.extend-petition")]
public sealed record ExtendPetition(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string? IdempotencyKey,
    [property: Id(3)] int? Days,
    [property: Id(4)] string? ReasonCode,
    [property: Id(5)] string? Justification,
    [property: Id(6)] string? RequestedBy) : IPetitionCommand;
