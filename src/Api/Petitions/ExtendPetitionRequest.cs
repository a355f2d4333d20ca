namespace CaseFlow.Api.Petitions;

/// <summary>Body of <c>POST /api/petitions/{id}/extension</c> (director only): at most 30 days, once.</summary>
public sealed record ExtendPetitionRequest(int? Days, string? ReasonCode, string? Justification, string? RequestedBy);
