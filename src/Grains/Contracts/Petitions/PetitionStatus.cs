namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Where a petition stands; every status but <c>Closed</c> keeps it on the tracker.</summary>
/// <remarks>
/// Registered (acceptance notice due) → Accepted (handling) → Replied (review window) → InReview → Reviewed
/// (re-review window) → InReReview → Final (终结, after 复核) → Closed. NotAccepted ends at Closed too.
/// </remarks>
[GenerateSerializer, Alias("caseflow.petition-status")]
public enum PetitionStatus
{
    Registered = 1,
    Accepted = 2,
    NotAccepted = 3,
    Replied = 4,
    InReview = 5,
    Reviewed = 6,
    InReReview = 7,
    Final = 8,
    Closed = 9,
}
