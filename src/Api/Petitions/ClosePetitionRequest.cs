using CaseFlow.Grains.Contracts.Petitions;

namespace CaseFlow.Api.Petitions;

/// <summary>Body of <c>POST /api/petitions/{id}/close</c>.</summary>
public sealed record ClosePetitionRequest(ClosureType? Type, bool? SupportCarriedOut, DateOnly? ClosedOn);
