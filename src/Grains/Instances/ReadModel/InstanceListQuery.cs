using CaseFlow.Grains.Identity;

namespace CaseFlow.Grains.Instances.ReadModel;

/// <summary>Filters and paging of the instance list; every filter is optional and they combine with AND.</summary>
/// <param name="ProcessKey">Process key, exact.</param>
/// <param name="Status"><c>active</c>, <c>completed</c> or <c>cancelled</c>.</param>
/// <param name="BusinessKey">Business key, exact.</param>
/// <param name="PersonId">Linked person, exact.</param>
/// <param name="PetitionId">Linked petition, exact.</param>
/// <param name="HasIncidents">True for instances with open incidents, false for those without.</param>
/// <param name="StartedAfter">Started at or after this instant.</param>
/// <param name="StartedBefore">Started before this instant.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">1 to <see cref="MaxPageSize"/>.</param>
/// <param name="Scope">The caller's jurisdictions, applied in SQL; null means no restriction, for trusted in-process callers only.</param>
public sealed record InstanceListQuery(
    string? ProcessKey = null,
    string? Status = null,
    string? BusinessKey = null,
    string? PersonId = null,
    string? PetitionId = null,
    bool? HasIncidents = null,
    DateTimeOffset? StartedAfter = null,
    DateTimeOffset? StartedBefore = null,
    int Page = 1,
    int PageSize = InstanceListQuery.DefaultPageSize,
    JurisdictionScope? Scope = null)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
