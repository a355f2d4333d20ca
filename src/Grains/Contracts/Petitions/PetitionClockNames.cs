namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Stable names of the petition clocks (DOMAIN.md §6.7 without the <c>petition.</c> prefix).</summary>
public static class PetitionClockNames
{
    /// <summary>Acceptance notice: 15 days from receipt (Art. 23).</summary>
    public const string Notice = "notice";

    /// <summary>Handling: 60 days from acceptance, once extended by at most 30 (Art. 34).</summary>
    public const string Handling = "handling";

    /// <summary>Window for requesting 复查: 30 days from the reply's receipt (Art. 35).</summary>
    public const string ReviewWindow = "reviewWindow";

    /// <summary>复查 answered within 30 days of the request (Art. 35).</summary>
    public const string Review = "review";

    /// <summary>Window for requesting 复核: 30 days from the review reply's receipt (Art. 36).</summary>
    public const string ReReviewWindow = "reReviewWindow";

    /// <summary>复核 answered within 30 days of the request, hearing time excluded (Art. 36).</summary>
    public const string ReReview = "reReview";

    public static bool IsWindow(string name) => name is ReviewWindow or ReReviewWindow;
}
