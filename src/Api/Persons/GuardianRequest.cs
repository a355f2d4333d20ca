using System.Text;

namespace CaseFlow.Api.Persons;

/// <summary>A guardian in a request body.</summary>
public sealed record GuardianRequest(string? Name, string? Relation, string? Phone)
{
    // Records print every member by default; logs and exception texts may render this one, so it prints none
    // of the personal fields.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("personal fields withheld");
        return true;
    }
}
