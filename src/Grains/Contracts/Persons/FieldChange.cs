using System.Text;

namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>One field's value before and after a command; sensitive values are stored masked.</summary>
/// <param name="Field">The field's JSON name, e.g. <c>idNumber</c> or <c>guardian.phone</c>.</param>
/// <param name="Before">The value before, or null when the field had none (always null on registration).</param>
/// <param name="After">The value after, or null when the field was removed.</param>
[GenerateSerializer, Immutable, Alias("caseflow.field-change")]
public sealed record FieldChange(
    [property: Id(0)] string Field,
    [property: Id(1)] string? Before,
    [property: Id(2)] string? After)
{
    // Records print every member by default; logs and exception texts may render this one, so it prints none
    // of the personal fields.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Field = ").Append(Field);
        return true;
    }
}
