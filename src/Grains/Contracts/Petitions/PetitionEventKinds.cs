namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Stable names of petition timeline events.</summary>
public static class PetitionEventKinds
{
    public const string Registered = "petition.registered";
    public const string Accepted = "petition.accepted";
    public const string NotAccepted = "petition.not-accepted";
    public const string Extended = "petition.extended";
    public const string Answered = "petition.answered";
    public const string ReviewRequested = "petition.review-requested";
    public const string ReviewAnswered = "petition.review-answered";
    public const string SatisfactionRated = "petition.satisfaction-rated";
    public const string Closed = "petition.closed";
}
