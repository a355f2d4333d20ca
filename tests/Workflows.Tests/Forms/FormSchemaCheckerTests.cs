using System.Text.Json;
using CaseFlow.Workflows.Forms;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Tests.Forms;

/// <summary>What a deployable form-js schema is, each problem named by its JSON path; the formData generator and form keys.</summary>
public sealed class FormSchemaCheckerTests
{
    private static IReadOnlyList<(string Field, string Code)> Check(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. FormSchemaChecker.Check(document.RootElement).Select(i => (i.FieldId, i.Code))];
    }

    [Fact(DisplayName = "A schema with components, keys, values and validate rules passes; layout and unknown types need no key")]
    public void Valid_schema() =>
        Assert.Empty(Check("""
            { "type": "default", "components": [
              { "type": "text", "text": "说明" }, { "type": "futurething" },
              { "type": "textfield", "key": "a", "validate": { "required": true, "minLength": 1, "maxLength": 9, "pattern": "^[0-9]+$" } },
              { "type": "radio", "key": "b", "values": [ { "label": "是", "value": "yes" } ] },
              { "type": "select", "key": "c", "valuesKey": "options" },
              { "type": "group", "components": [ { "type": "number", "key": "d", "validate": { "min": 0, "max": 10 } } ] },
              { "type": "dynamiclist", "key": "rows", "components": [ { "type": "textfield", "key": "a" } ] } ] }
            """));

    [Fact(DisplayName = "Not an object, or no components array, is refused at the top")]
    public void Shape()
    {
        Assert.Equal([("schema", FormSchemaChecker.SchemaNotObject)], Check("[]"));
        Assert.Equal([("schema.components", FormSchemaChecker.ComponentsMissing)], Check("""{ "type": "default" }"""));
    }

    [Fact(DisplayName = "Each broken component rule is reported under its own path")]
    public void Component_rules() =>
        Assert.Equal(
            [
                ("schema.components[0].type", FormSchemaChecker.ComponentType),
                ("schema.components[1].key", FormSchemaChecker.KeyInvalid),
                ("schema.components[3].key", FormSchemaChecker.KeyDuplicate),
                ("schema.components[4].values", FormSchemaChecker.ValuesInvalid),
                ("schema.components[5].validate.required", FormSchemaChecker.ValidateInvalid),
                ("schema.components[5].validate.maxLength", FormSchemaChecker.ValidateInvalid),
                ("schema.components[6].validate.max", FormSchemaChecker.ValidateInvalid),
                ("schema.components[7].validate.pattern", FormSchemaChecker.ValidateInvalid),
                ("schema.components[8].components[0].key", FormSchemaChecker.KeyDuplicate),
            ],
            Check("""
                { "components": [
                  { "key": "x" },
                  { "type": "textfield", "key": "1st" },
                  { "type": "textfield", "key": "a" },
                  { "type": "number", "key": "a" },
                  { "type": "select", "key": "s", "values": [] },
                  { "type": "textfield", "key": "t", "validate": { "required": "yes", "maxLength": -1 } },
                  { "type": "number", "key": "n", "validate": { "min": 5, "max": 1 } },
                  { "type": "textfield", "key": "p", "validate": { "pattern": "([" } },
                  { "type": "group", "components": [ { "type": "textfield", "key": "s" } ] } ] }
                """));

    [Fact(DisplayName = "formData fields become form-js components with the same constraints, which the checker accepts")]
    public void Generated_from_form_data()
    {
        var form = new FormData(null, ValueList<FormField>.From(
        [
            new FormField { Id = "note", Label = "意见", Type = "string", Constraints = ValueList<FormFieldConstraint>.From([new("required", null), new("maxlength", "200")]) },
            new FormField { Id = "grade", Type = "long", DefaultValue = "3", Constraints = ValueList<FormFieldConstraint>.From([new("min", "1"), new("max", "4")]) },
            new FormField { Id = "ok", Type = "boolean" },
            new FormField { Id = "on", Label = "日期", Type = "date" },
            new FormField { Id = "kind", Type = "enum", EnumValues = ValueList<FormFieldEnumValue>.From([new("a", "甲"), new("b", "乙")]), Constraints = ValueList<FormFieldConstraint>.From([new("readonly", null)]) },
        ]), default);

        var schema = FormJsGenerator.From(form, "Task_Review").ToJsonString();

        Assert.Empty(Check(schema));
        using var document = JsonDocument.Parse(schema);
        var components = document.RootElement.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(["textfield", "number", "checkbox", "datetime", "select"], components.Select(c => c.GetProperty("type").GetString()));
        Assert.Equal(200, components[0].GetProperty("validate").GetProperty("maxLength").GetInt32());
        Assert.True(components[0].GetProperty("validate").GetProperty("required").GetBoolean());
        Assert.Equal((1, 4, 3), (components[1].GetProperty("validate").GetProperty("min").GetInt32(), components[1].GetProperty("validate").GetProperty("max").GetInt32(), components[1].GetProperty("defaultValue").GetInt32()));
        Assert.Equal("date", components[3].GetProperty("subtype").GetString());
        Assert.Equal("乙", components[4].GetProperty("values")[1].GetProperty("label").GetString());
        Assert.True(components[4].GetProperty("disabled").GetBoolean());
    }

    [Theory(DisplayName = "Form keys: camunda-forms references and plain keys name a stored form; embedded and URL-like keys do not")]
    [InlineData("camunda-forms:deployment:forms/assessment.form", "assessment")]
    [InlineData("camunda-forms:app:forms/review-v2.form", "review-v2")]
    [InlineData("applicationForm", "applicationForm")]
    [InlineData("embedded:app:forms/x.html", null)]
    [InlineData("app:forms/x.html", null)]
    [InlineData("  ", null)]
    public void Form_keys(string formKey, string? expected) => Assert.Equal(expected, FormKeys.Resolve(formKey));
}
