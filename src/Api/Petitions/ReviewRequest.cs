using CaseFlow.Grains.Contracts.Petitions;

namespace CaseFlow.Api.Petitions;

/// <summary>Body of <c>POST /api/petitions/{id}/reviews</c>: a 复查 or 复核 request and its date.</summary>
public sealed record ReviewRequest(ReviewRound? Round, DateOnly? RequestedOn);
