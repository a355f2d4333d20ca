using CaseFlow.Grains.Contracts.Petitions;

namespace CaseFlow.Api.Petitions;

/// <summary>Body of <c>POST /api/petitions/{id}/answer</c>: the outcome and the day the petitioner received the reply.</summary>
public sealed record AnswerPetitionRequest(PetitionOutcome? Outcome, DateOnly? ReceivedOn);
