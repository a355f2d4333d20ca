using System.Text;

namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>A guardian as submitted by a caller; validated by the person grain.</summary>
/// <param name="Name">The guardian's name.</param>
/// <param name="Relation">How the guardian relates to the person, e.g. 父亲, 配偶.</param>
/// <param name="Phone">The guardian's phone, optional.</param>
[GenerateSerializer, Immutable, Alias("caseflow.guardian-input")]
public sealed record GuardianInput(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Relation,
    [property: Id(2)] string? Phone)
{
    // Records print every member by default; logs and exception texts may render this one, so it prints none
    // of the personal fields.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("personal fields withheld");
        return true;
    }
}
