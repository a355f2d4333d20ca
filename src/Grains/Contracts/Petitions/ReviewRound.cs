namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>复查 (review, Art. 35) or 复核 (re-review, Art. 36).</summary>
[GenerateSerializer, Alias("caseflow.petition-review-round")]
public enum ReviewRound
{
    Review = 1,
    ReReview = 2,
}
