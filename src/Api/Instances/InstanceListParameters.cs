using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Instances.ReadModel;

namespace CaseFlow.Api.Instances;

/// <summary>Query string of <c>GET /api/instances</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed class InstanceListParameters
{
    private static readonly string[] Statuses = ["active", "completed", "cancelled"];

    public string? ProcessKey { get; init; }

    /// <summary><c>active</c>, <c>completed</c> or <c>cancelled</c>.</summary>
    public string? Status { get; init; }

    public string? BusinessKey { get; init; }

    public string? PersonId { get; init; }

    public string? PetitionId { get; init; }

    /// <summary>True: only instances with open incidents; false: only those without.</summary>
    public bool? HasIncidents { get; init; }

    /// <summary>Started at or after this instant (ISO 8601 with offset).</summary>
    public DateTimeOffset? StartedAfter { get; init; }

    /// <summary>Started before this instant (ISO 8601 with offset).</summary>
    public DateTimeOffset? StartedBefore { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public DomainError? Validate()
    {
        var errors = new List<FieldError>();
        if (Status is { } status && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            errors.Add(new FieldError("status", DomainErrorCodes.ValidationFailed, "Status is active, completed or cancelled."));
        }

        if (Page is < 1)
        {
            errors.Add(new FieldError("page", DomainErrorCodes.ValidationFailed, "Pages start at 1."));
        }

        if (PageSize is < 1 or > InstanceListQuery.MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", DomainErrorCodes.ValidationFailed, $"Page size is 1 to {InstanceListQuery.MaxPageSize}."));
        }

        return errors.Count == 0 ? null : DomainError.Validation(errors);
    }

    /// <summary>The read-model query, restricted to the caller's jurisdictions.</summary>
    public InstanceListQuery ToQuery(JurisdictionScope scope) => new(
        ProcessKey, Status, BusinessKey, PersonId, PetitionId, HasIncidents, StartedAfter, StartedBefore,
        Page ?? 1, PageSize ?? InstanceListQuery.DefaultPageSize, scope);
}
