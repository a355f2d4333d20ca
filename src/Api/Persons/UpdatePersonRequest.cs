using System.Text;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Api.Persons;

/// <summary>Body of <c>PATCH /api/persons/{id}</c>: absent or null fields stay as they are.</summary>
/// <remarks>
/// <c>phone: ""</c> removes the phone; <c>removeGuardian: true</c> removes the guardian. A new ID number without
/// gender or birth date re-derives both from the number.
/// </remarks>
public sealed record UpdatePersonRequest(
    string? Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? IdNumber,
    string? TownCode,
    string? VillageCode,
    string? Phone,
    GuardianRequest? Guardian,
    bool? RemoveGuardian)
{
    // Records print every member by default; logs and exception texts may render this one, so it prints none
    // of the personal fields.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("personal fields withheld");
        return true;
    }
}
