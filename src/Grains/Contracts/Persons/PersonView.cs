using System.Text;

namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>A person as every caller sees it: ID number and phones masked, never in full.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>Id</c>: The internal person id; the only key used in URLs.</item>
/// <item><c>Version</c>: The domain version, incremented by every change; the HTTP ETag.</item>
/// </list>
/// </remarks>
[GenerateSerializer, Immutable, Alias("caseflow.person-view")]
public sealed record PersonView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] Gender Gender,
    [property: Id(3)] DateOnly BirthDate,
    [property: Id(4)] string IdNumberMasked,
    [property: Id(5)] string TownCode,
    [property: Id(6)] string VillageCode,
    [property: Id(7)] string? PhoneMasked,
    [property: Id(8)] GuardianView? Guardian,
    [property: Id(9)] DateTimeOffset RegisteredAt,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] int Version)
{
    // Records print every member by default; logs and exception texts may render this one, so it prints none
    // of the personal fields.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("personal fields withheld");
        return true;
    }
}
