namespace CaseFlow.Grains.Petitions.ReadModel;

/// <summary>Filters and paging of the petition tracker.</summary>
/// <param name="Today">The Asia/Shanghai date that colours and days left are computed for.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">1 to <see cref="MaxPageSize"/>.</param>
/// <param name="Scope">The caller's petition scope; null means no restriction, for trusted in-process callers only.</param>
public sealed record PetitionListQuery(DateOnly Today, int Page = 1, int PageSize = PetitionListQuery.DefaultPageSize, PetitionScope? Scope = null)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>A <c>PetitionStatus</c> name, exact.</summary>
    public string? Status { get; init; }

    /// <summary>notice, handling, reviewWindow, review, reReviewWindow, reReview, final or closed.</summary>
    public string? Stage { get; init; }

    /// <summary>Only petitions whose running deadline is past (true) or not (false).</summary>
    public bool? Overdue { get; init; }

    /// <summary>green, amber or red: the colour of the running deadline.</summary>
    public string? Colour { get; init; }

    /// <summary>Petitions linked to this person.</summary>
    public string? PersonId { get; init; }

    /// <summary>False (the default) hides closed petitions.</summary>
    public bool IncludeClosed { get; init; }
}
