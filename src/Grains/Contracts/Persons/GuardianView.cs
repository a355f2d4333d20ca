using System.Text;

namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>A guardian as callers see it: the phone masked.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.guardian-view")]
public sealed record GuardianView(
    [property: Id(0)] string Name,
    [property: Id(1)] string Relation,
    [property: Id(2)] string? PhoneMasked)
{
    // Records print every member by default; logs and exception texts may render this one, so it prints none
    // of the personal fields.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("personal fields withheld");
        return true;
    }
}
