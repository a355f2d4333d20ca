using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Persons.ReadModel;

namespace CaseFlow.Api.Persons;

/// <summary>Query string of <c>GET /api/persons</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed class PersonListParameters
{
    public string? Town { get; init; }

    public string? Village { get; init; }

    /// <summary>Part of a name, or the last 1–4 characters of an ID number; never a whole ID number.</summary>
    public string? Q { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    /// <summary>
    /// True for anything shaped like a resident ID number (18 characters, or a 15-digit legacy number): query strings
    /// end up in access logs, proxies and browser history.
    /// </summary>
    public static bool LooksLikeIdNumber(string? q)
    {
        var text = q?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        return (text.Length == 18 && text.AsSpan(0, 17).IndexOfAnyExceptInRange('0', '9') < 0 && (char.IsAsciiDigit(text[17]) || text[17] is 'x' or 'X'))
            || (text.Length == 15 && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0);
    }

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

        return errors.Count == 0 ? null : DomainError.Validation(errors);
    }

    /// <summary>The read-model query, restricted to the caller's jurisdictions.</summary>
    public PersonListQuery ToQuery(JurisdictionScope scope) => new(Town, Village, Q, Page ?? 1, PageSize ?? PersonListQuery.DefaultPageSize, scope);
}
