using System.Text.Json;
using CaseFlow.Workflows.Forms;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Tests.Forms;

/// <summary>Server-side validation of a completion against <c>camunda:formData</c> fields: types, constraints, one issue per field.</summary>
public sealed class FormValidatorTests
{
    private static FormField Field(string id, string type, params (string Name, string? Config)[] constraints) => new()
    {
        Id = id,
        Type = type,
        Constraints = ValueList<FormFieldConstraint>.From(constraints.Select(c => new FormFieldConstraint(c.Name, c.Config))),
    };

    private static readonly FormData Form = new(null, ValueList<FormField>.From(
    [
        Field("note", "string", ("required", null), ("minlength", "2"), ("maxlength", "4")),
        Field("visits", "long", ("min", "1"), ("max", "10")),
        Field("meets", "boolean", ("required", null)),
        Field("visitedOn", "date"),
        Field("grade", "enum") with { EnumValues = ValueList<FormFieldEnumValue>.From([new FormFieldEnumValue("1", "一级"), new FormFieldEnumValue("2", "二级")]) },
        Field("computed", "string", ("readonly", null)),
    ]), default);

    private static IReadOnlyList<(string Field, string Code)> Validate(string values)
    {
        using var document = JsonDocument.Parse(values);
        var map = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        return [.. FormValidator.Validate(Form, map).Select(i => (i.FieldId, i.Code))];
    }

    [Fact(DisplayName = "A valid answer has no issues; false answers a required boolean; unknown variables pass")]
    public void Valid_answer()
    {
        Assert.Empty(Validate("""{ "note": "同意", "meets": false, "visits": 3, "visitedOn": "2026-03-02", "grade": "2", "other": [1] }"""));
        Assert.Empty(Validate("""{ "note": "同意办理", "meets": true, "visitedOn": "2026-03-02T09:30:00+08:00" }"""));
    }

    [Fact(DisplayName = "Required: absent, null and the empty string are missing")]
    public void Required() =>
        Assert.Equal([("note", FormIssueCodes.Required), ("meets", FormIssueCodes.Required)], Validate("""{ "note": "", "meets": null }"""));

    [Fact(DisplayName = "Types: a string, a whole number, true or false, an ISO 8601 date, one of the enum's ids")]
    public void Types() =>
        Assert.Equal(
            [("note", FormIssueCodes.Type), ("visits", FormIssueCodes.Type), ("meets", FormIssueCodes.Type), ("visitedOn", FormIssueCodes.Type), ("grade", FormIssueCodes.Enum)],
            Validate("""{ "note": 12, "visits": 2.5, "meets": "yes", "visitedOn": "02/03/2026", "grade": "3" }"""));

    [Fact(DisplayName = "Lengths count characters, not bytes; min and max bound whole numbers; readonly may not be submitted")]
    public void Constraints()
    {
        Assert.Equal([("note", FormIssueCodes.Length), ("visits", FormIssueCodes.Range), ("computed", FormIssueCodes.ReadOnly)],
            Validate("""{ "note": "好", "visits": 0, "meets": true, "computed": "x" }"""));
        Assert.Equal([("note", FormIssueCodes.Length), ("visits", FormIssueCodes.Range)], Validate("""{ "note": "一二三四五", "visits": 11, "meets": true }"""));
        Assert.Empty(Validate("""{ "note": "一二三四", "visits": 10, "meets": true }"""));
        Assert.Equal([("visitedOn", FormIssueCodes.Type)], Validate("""{ "note": "同意", "meets": true, "visitedOn": "2026-02-30" }"""));
    }
}
