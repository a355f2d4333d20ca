using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Petitions.ReadModel;

namespace CaseFlow.Api.Petitions;

/// <summary>Query string of <c>GET /api/petitions</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed class PetitionListParameters
{
    private static readonly string[] Stages = ["notice", "handling", "reviewWindow", "review", "reReviewWindow", "reReview", "final", "closed"];
    private static readonly string[] Colours = ["green", "amber", "red"];

    public string? Status { get; init; }

    public string? Stage { get; init; }

    public bool? Overdue { get; init; }

    /// <summary>green, amber or red.</summary>
    public string? Colour { get; init; }

    public string? PersonId { get; init; }

    public bool? IncludeClosed { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public DomainError? Validate()
    {
        var errors = new List<FieldError>();
        if (Status is { } status && !Enum.TryParse<PetitionStatus>(status.Trim(), ignoreCase: false, out _))
        {
            errors.Add(new FieldError("status", DomainErrorCodes.ValidationFailed, "Not a petition status."));
        }

        if (Stage is { } stage && !Stages.Contains(stage.Trim(), StringComparer.Ordinal))
        {
            errors.Add(new FieldError("stage", DomainErrorCodes.ValidationFailed, "Stage is one of " + string.Join(", ", Stages) + "."));
        }

        if (Colour is { } colour && !Colours.Contains(colour.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new FieldError("colour", DomainErrorCodes.ValidationFailed, "Colour is green, amber or red."));
        }

        if (Page is < 1)
        {
            errors.Add(new FieldError("page", DomainErrorCodes.ValidationFailed, "Pages start at 1."));
        }

        if (PageSize is < 1 or > PetitionListQuery.MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", DomainErrorCodes.ValidationFailed, $"Page size is 1 to {PetitionListQuery.MaxPageSize}."));
        }

        return errors.Count == 0 ? null : DomainError.Validation(errors);
    }

    public PetitionListQuery ToQuery(DateOnly today, PetitionScope scope) =>
        new(today, Page ?? 1, PageSize ?? PetitionListQuery.DefaultPageSize, scope)
        {
            Status = Status?.Trim(),
            Stage = Stage?.Trim(),
            Overdue = Overdue,
            Colour = Colour,
            PersonId = PersonId,
            IncludeClosed = IncludeClosed ?? false,
        };
}
