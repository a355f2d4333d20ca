using System.Text;

namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>Changes some profile fields of a registered person.</summary>
/// <remarks>
/// A null field is left unchanged. <see cref="Phone"/> as an empty string removes the phone, and
/// <see cref="RemoveGuardian"/> removes the guardian. When the ID number changes and gender or birth date are not
/// given, they are derived again from the new number.
/// <list type="bullet">
/// <item><c>Actor</c>: Who issues the command: the authenticated user name, or "anonymous".</item>
/// <item><c>ExpectedVersion</c>: The version the caller last saw (the HTTP If-Match value).</item>
/// </list>
/// </remarks>
[GenerateSerializer, Immutable, Alias("caseflow.update-person-profile")]
public sealed record UpdatePersonProfile(
    [property: Id(0)] string Actor,
    [property: Id(1)] int ExpectedVersion,
    [property: Id(2)] string? Name,
    [property: Id(3)] Gender? Gender,
    [property: Id(4)] DateOnly? BirthDate,
    [property: Id(5)] string? IdNumber,
    [property: Id(6)] string? TownCode,
    [property: Id(7)] string? VillageCode,
    [property: Id(8)] string? Phone,
    [property: Id(9)] GuardianInput? Guardian,
    [property: Id(10)] bool RemoveGuardian)
{
    // Records print every member by default; logs and exception texts may render this one, so it prints none
    // of the personal fields.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("personal fields withheld");
        return true;
    }
}
