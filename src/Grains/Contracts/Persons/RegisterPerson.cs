using System.Text;

namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>Registers a person in the federation's register.</summary>
/// <remarks>
/// Every field is nullable so that a missing value reaches the grain's validation and comes back as a field error
/// rather than a deserialisation failure. Gender and birth date are derived from the ID number when omitted.
/// <list type="bullet">
/// <item><c>Actor</c>: Who issues the command: the authenticated user name, or "anonymous".</item>
/// <item><c>IdNumber</c>: The resident ID number, 18 characters (or a 15-digit legacy number); stored once, never echoed.</item>
/// </list>
/// </remarks>
[GenerateSerializer, Immutable, Alias("caseflow.register-person")]
public sealed record RegisterPerson(
    [property: Id(0)] string Actor,
    [property: Id(1)] string? Name,
    [property: Id(2)] Gender? Gender,
    [property: Id(3)] DateOnly? BirthDate,
    [property: Id(4)] string? IdNumber,
    [property: Id(5)] string? TownCode,
    [property: Id(6)] string? VillageCode,
    [property: Id(7)] string? Phone,
    [property: Id(8)] GuardianInput? Guardian)
{
    // Records print every member by default; logs and exception texts may render this one, so it prints none
    // of the personal fields.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Actor = ").Append(Actor).Append(", TownCode = ").Append(TownCode).Append(", VillageCode = ").Append(VillageCode);
        return true;
    }
}
