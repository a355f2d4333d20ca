using CaseFlow.Grains.Identity;

namespace CaseFlow.Grains.Persons.ReadModel;

/// <summary>Filters and paging of the person list.</summary>
/// <param name="Town">Town code, exact.</param>
/// <param name="Village">Village code, exact.</param>
/// <param name="Q">Part of the name, or the last 1–4 characters of the ID number.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">1 to <see cref="MaxPageSize"/>.</param>
/// <param name="Scope">The caller's jurisdictions; rows outside it are excluded in SQL. Null means no restriction,
/// for trusted in-process callers only.</param>
public sealed record PersonListQuery(
    string? Town, string? Village, string? Q, int Page = 1, int PageSize = PersonListQuery.DefaultPageSize, JurisdictionScope? Scope = null)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The <see cref="Monitoring"/> filter value for "any flag that is not eliminated".</summary>
    public const string AnyMonitoring = "any";

    /// <summary>Grade (1–4) of the current certificate, exact.</summary>
    public int? CertificateGrade { get; init; }

    /// <summary>True: only people with at least one open problem; false: only people with none.</summary>
    public bool? HasOpenProblems { get; init; }

    /// <summary>Monitoring status (Clue, Determined, Eliminated), exact; <c>any</c> for any flag that is not eliminated.</summary>
    public string? Monitoring { get; init; }
}
