using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Persons.ReadModel;

namespace CaseFlow.Api.Persons;

/// <summary>Query string of <c>GET /api/persons</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed class PersonListParameters
{
    public string? Town { get; init; }

    public string? Village { get; init; }

    /// <summary>Part of a name, or the last 1–4 characters of an ID number; never a whole ID number (IdNumberQueryGuard).</summary>
    public string? Q { get; init; }

    /// <summary>Grade (1–4) of the current certificate.</summary>
    public int? Grade { get; init; }

    /// <summary>true: people with open problems; false: people without.</summary>
    public bool? OpenProblems { get; init; }

    /// <summary>防返贫 status: Clue, Determined, Eliminated, or <c>any</c> for any flag not eliminated.</summary>
    public string? Monitoring { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public DomainError? Validate()
    {
        var errors = new List<FieldError>();
        if (Page is < 1)
        {
            errors.Add(new FieldError("page", DomainErrorCodes.ValidationFailed, "Pages start at 1."));
        }

        if (PageSize is < 1 or > PersonListQuery.MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", DomainErrorCodes.ValidationFailed, $"Page size is 1 to {PersonListQuery.MaxPageSize}."));
        }

        if (Grade is < 1 or > 4)
        {
            errors.Add(new FieldError("grade", DomainErrorCodes.ValidationFailed, "Grades are 1 to 4."));
        }

        if (Monitoring is { } monitoring && !MonitoringValues.Contains(monitoring.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new FieldError("monitoring", DomainErrorCodes.ValidationFailed, "Monitoring is Clue, Determined, Eliminated or any."));
        }

        return errors.Count == 0 ? null : DomainError.Validation(errors);
    }

    /// <summary>The read-model query, restricted to the caller's jurisdictions.</summary>
    public PersonListQuery ToQuery(JurisdictionScope scope) => new(Town, Village, Q, Page ?? 1, PageSize ?? PersonListQuery.DefaultPageSize, scope)
    {
        CertificateGrade = Grade,
        HasOpenProblems = OpenProblems,
        Monitoring = Monitoring is null ? null : MonitoringValues.First(v => string.Equals(v, Monitoring.Trim(), StringComparison.OrdinalIgnoreCase)),
    };

    private static readonly string[] MonitoringValues = ["Clue", "Determined", "Eliminated", PersonListQuery.AnyMonitoring];
}
