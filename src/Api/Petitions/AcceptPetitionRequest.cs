namespace CaseFlow.Api.Petitions;

/// <summary>Body of <c>POST /api/petitions/{id}/acceptance</c>: accepted or not (with a reason), and the notice date.</summary>
public sealed record AcceptPetitionRequest(bool? Accepted, DateOnly? NoticeOn, string? Reason);
