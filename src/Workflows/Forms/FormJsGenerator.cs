using System.Globalization;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Forms;

/// <summary>
/// Turns <c>camunda:formData</c> fields into a form-js schema, so the console renders every task form one way
/// (docs/forms.md). Completion of such a task is still validated by the formData rules (<see cref="FormValidator"/>).
/// </summary>
public static class FormJsGenerator
{
    public static JsonObject From(FormData form, string id)
    {
        ArgumentNullException.ThrowIfNull(form);
        var components = new JsonArray();
        foreach (var field in form.Fields)
        {
            components.Add(Component(field));
        }

        return new JsonObject { ["type"] = "default", ["id"] = id, ["components"] = components };
    }

    private static JsonObject Component(FormField field)
    {
        var label = field.Label ?? field.Id;
        var component = new JsonObject { ["key"] = field.Id, ["label"] = label };
        var validate = new JsonObject();
        if (Has(field, "required"))
        {
            validate["required"] = true;
        }

        switch (field.Type)
        {
            case "long":
                component["type"] = "number";
                component["decimalDigits"] = 0;
                Limit(validate, "min", FormValidator.Limit(field, "min"));
                Limit(validate, "max", FormValidator.Limit(field, "max"));
                if (long.TryParse(field.DefaultValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    component["defaultValue"] = number;
                }

                break;
            case "boolean":
                component["type"] = "checkbox";
                if (bool.TryParse(field.DefaultValue, out var flag))
                {
                    component["defaultValue"] = flag;
                }

                break;
            case "date":
                component["type"] = "datetime";
                component["subtype"] = "date";
                component["dateLabel"] = label;
                component.Remove("label");
                break;
            case "enum":
                component["type"] = "select";
                component["values"] = new JsonArray([.. field.EnumValues.Select(v => (JsonNode)new JsonObject { ["label"] = v.Name ?? v.Id, ["value"] = v.Id })]);
                DefaultText(component, field);
                break;
            default:
                component["type"] = "textfield";
                Limit(validate, "minLength", FormValidator.Limit(field, "minlength"));
                Limit(validate, "maxLength", FormValidator.Limit(field, "maxlength"));
                DefaultText(component, field);
                break;
        }

        if (Has(field, "readonly"))
        {
            component["disabled"] = true;
        }

        if (validate.Count > 0)
        {
            component["validate"] = validate;
        }

        return component;
    }

    // An expression default (${...}) is evaluated by the engine, not shown as text.
    private static void DefaultText(JsonObject component, FormField field)
    {
        if (field.DefaultValue is { } text && !text.Contains("${", StringComparison.Ordinal) && !text.Contains("#{", StringComparison.Ordinal))
        {
            component["defaultValue"] = text;
        }
    }

    private static void Limit(JsonObject validate, string name, long? value)
    {
        if (value is { } limit)
        {
            validate[name] = limit;
        }
    }

    private static bool Has(FormField field, string constraint) =>
        field.Constraints.Any(c => string.Equals(c.Name, constraint, StringComparison.Ordinal));
}
