using System.Text.Json;
using CaseFlow.Workflows.Forms;

namespace CaseFlow.Workflows.Tests.Forms;

/// <summary>Server-side validation of a completion against a form-js schema: one issue per field, the first rule broken (docs/forms.md).</summary>
public sealed class FormJsValidatorTests
{
    private const string Schema = """
        { "type": "default", "components": [
          { "type": "text", "text": "# 上门评定" },
          { "type": "textfield", "key": "note", "label": "意见", "validate": { "required": true, "minLength": 2, "maxLength": 5 } },
          { "type": "textfield", "key": "phone", "validate": { "pattern": "^1[0-9]{10}$" } },
          { "type": "number", "key": "grade", "validate": { "required": true, "min": 1, "max": 4 } },
          { "type": "checkbox", "key": "meets" },
          { "type": "select", "key": "category", "values": [ { "label": "视力", "value": "Visual" }, { "label": "肢体", "value": "Physical" } ] },
          { "type": "checklist", "key": "aids", "validate": { "required": true }, "values": [ { "label": "轮椅", "value": "wheelchair" }, { "label": "拐杖", "value": "crutch" } ] },
          { "type": "datetime", "key": "visitDate", "subtype": "date" },
          { "type": "datetime", "key": "visitTime", "subtype": "time" },
          { "type": "datetime", "key": "visitedAt" },
          { "type": "textfield", "key": "computed", "disabled": true },
          { "type": "textfield", "key": "shown", "readonly": true, "validate": { "required": true } },
          { "type": "group", "components": [ { "type": "textarea", "key": "detail", "validate": { "maxLength": 3 } } ] },
          { "type": "select", "key": "town", "valuesKey": "towns" }
        ] }
        """;

    private static IReadOnlyList<(string Field, string Code)> Validate(string values)
    {
        using var schema = JsonDocument.Parse(Schema);
        using var document = JsonDocument.Parse(values);
        var map = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        return [.. FormJsValidator.Validate(schema.RootElement, map).Select(i => (i.FieldId, i.Code))];
    }

    private const string Valid = """{ "note": "同意", "grade": 2, "aids": ["wheelchair"] }""";

    [Fact(DisplayName = "A complete valid answer has no issues; optional fields may be absent and unknown variables pass")]
    public void Valid_answer() =>
        Assert.Empty(Validate("""
            { "note": "同意办理", "phone": "13800001234", "grade": 4, "meets": false, "category": "Physical", "aids": ["wheelchair", "crutch"],
              "visitDate": "2026-03-02", "visitTime": "09:30", "visitedAt": "2026-03-02T09:30:00+08:00", "detail": "ok", "town": "anything",
              "shown": "x", "other": 1 }
            """));

    [Fact(DisplayName = "Required: absent, null, empty string and empty list all count as missing")]
    public void Required()
    {
        Assert.Equal([("note", FormIssueCodes.Required), ("grade", FormIssueCodes.Required), ("aids", FormIssueCodes.Required)], Validate("{}"));
        Assert.Equal([("note", FormIssueCodes.Required), ("grade", FormIssueCodes.Required), ("aids", FormIssueCodes.Required)],
            Validate("""{ "note": "", "grade": null, "aids": [] }"""));
    }

    [Theory(DisplayName = "Types: each component takes its JSON type, one issue for the field")]
    [InlineData("note", "3")]
    [InlineData("grade", "\"2\"")]
    [InlineData("meets", "\"yes\"")]
    [InlineData("category", "[\"Visual\"]")]
    [InlineData("aids", "\"wheelchair\"")]
    [InlineData("visitDate", "\"2026-03-02T10:00:00Z\"")]
    [InlineData("visitTime", "\"9 o'clock\"")]
    [InlineData("visitedAt", "\"2026-03-02\"")]
    public void Types(string field, string json)
    {
        var values = JsonDocument.Parse(Valid).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
        values[field] = json;
        var issues = Validate("{" + string.Join(",", values.Select(kv => $"\"{kv.Key}\":{kv.Value}")) + "}");

        Assert.Equal([(field, FormIssueCodes.Type)], issues);
    }

    [Fact(DisplayName = "Enumerations: select and checklist answers must be among the static values; options from a variable pass")]
    public void Enumerations() =>
        Assert.Equal([("category", FormIssueCodes.Enum), ("aids", FormIssueCodes.Enum)],
            Validate("""{ "note": "同意", "grade": 2, "category": "Hearing", "aids": ["wheelchair", "walker"], "town": "T9" }"""));

    [Fact(DisplayName = "Ranges and lengths: min/max on numbers, minLength/maxLength in characters (also inside a group)")]
    public void Ranges_and_lengths()
    {
        Assert.Equal([("grade", FormIssueCodes.Range)], Validate("""{ "note": "同意", "grade": 5, "aids": ["crutch"] }"""));
        Assert.Equal([("note", FormIssueCodes.Length), ("grade", FormIssueCodes.Range)], Validate("""{ "note": "好", "grade": 0.5, "aids": ["crutch"] }"""));
        Assert.Equal([("note", FormIssueCodes.Length), ("detail", FormIssueCodes.Length)],
            Validate("""{ "note": "六个字的意见", "grade": 1, "aids": ["crutch"], "detail": "four" }"""));
    }

    [Fact(DisplayName = "Pattern: matched as form-js matches it; a disabled field must not be submitted; a read-only one is not checked")]
    public void Pattern_and_disabled() =>
        Assert.Equal([("phone", FormIssueCodes.Pattern), ("computed", FormIssueCodes.ReadOnly)],
            Validate("""{ "note": "同意", "grade": 1, "aids": ["crutch"], "phone": "12345", "computed": "x", "shown": 7 }"""));
}
