using System.Text;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Api.Persons;

/// <summary>Body of <c>POST /api/persons</c>.</summary>
/// <remarks>
/// Everything is optional at the JSON level so that a missing field is answered with 422 naming it, not a 400. Gender
/// and birth date default to what the ID number says; given, they must agree with it.
/// </remarks>
public sealed record RegisterPersonRequest(
    string? Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? IdNumber,
    string? TownCode,
    string? VillageCode,
    string? Phone,
    GuardianRequest? Guardian)
{
    // Records print every member by default; logs and exception texts may render this one, so it prints none
    // of the personal fields.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("personal fields withheld");
        return true;
    }
}
