using System.Text.Json;

namespace CaseFlow.Workflows.Forms;

/// <summary>What the server knows of form-js component types (docs/forms.md).</summary>
public static class FormJsComponents
{
    /// <summary>Components that produce a variable under their <c>key</c>.</summary>
    public static IReadOnlySet<string> InputTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "taglist", "datetime", "expression",
    };

    /// <summary>Components whose <c>values</c> list the allowed answers.</summary>
    public static IReadOnlySet<string> OptionTypes { get; } = new HashSet<string>(StringComparer.Ordinal) { "checklist", "radio", "select", "taglist" };

    /// <summary>Containers whose <c>components</c> are part of the same form.</summary>
    public static IReadOnlySet<string> ContainerTypes { get; } = new HashSet<string>(StringComparer.Ordinal) { "group", "dynamiclist" };

    /// <summary>The component's <c>type</c>, or null when it has none.</summary>
    public static string? TypeOf(JsonElement component) =>
        component.ValueKind == JsonValueKind.Object && component.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    /// <summary>A string property of a component, or null.</summary>
    public static string? Text(JsonElement component, string name) =>
        component.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>True when the component sets a boolean property to true.</summary>
    public static bool Flag(JsonElement component, string name) =>
        component.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>
    /// The input components a submission is checked against, in form order, descending into groups. A dynamic list's
    /// rows are objects of their own and are not descended into: its key is an input whose rows pass unchecked.
    /// </summary>
    public static IEnumerable<JsonElement> Inputs(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var component in components.EnumerateArray())
        {
            var type = TypeOf(component);
            if (type is null)
            {
                continue;
            }

            if (InputTypes.Contains(type))
            {
                yield return component;
            }
            else if (type == "group")
            {
                foreach (var inner in Inputs(component))
                {
                    yield return inner;
                }
            }
        }
    }
}
