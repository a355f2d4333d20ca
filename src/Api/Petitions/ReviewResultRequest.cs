using CaseFlow.Grains.Contracts.Petitions;

namespace CaseFlow.Api.Petitions;

/// <summary>Body of <c>POST /api/petitions/{id}/reviews/result</c>; <c>hearingDays</c> only for 复核.</summary>
public sealed record ReviewResultRequest(ReviewRound? Round, PetitionOutcome? Outcome, DateOnly? ReceivedOn, int? HearingDays);
