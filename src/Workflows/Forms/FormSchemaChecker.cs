using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CaseFlow.Workflows.Forms;

/// <summary>Checks that a JSON document is a form-js schema the server can render and validate against (docs/forms.md).</summary>
/// <remarks>
/// Each problem is reported once, under the JSON path of the offending member (<c>schema.components[2].key</c>), so a
/// designer can point at it. Unknown component types are accepted as display components: form-js adds types over
/// time, and refusing them would stop a newer designer from saving.
/// </remarks>
public static partial class FormSchemaChecker
{
    public const string SchemaNotObject = "SCHEMA_NOT_OBJECT";
    public const string ComponentsMissing = "COMPONENTS_MISSING";
    public const string ComponentType = "COMPONENT_TYPE";
    public const string KeyInvalid = "KEY_INVALID";
    public const string KeyDuplicate = "KEY_DUPLICATE";
    public const string ValuesInvalid = "VALUES_INVALID";
    public const string ValidateInvalid = "VALIDATE_INVALID";

    private static readonly string[] NumericRules = ["min", "max", "minLength", "maxLength"];

    public static ImmutableArray<FormIssue> Check(JsonElement schema, string path = "schema")
    {
        var issues = ImmutableArray.CreateBuilder<FormIssue>();
        if (schema.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new(path, SchemaNotObject, "The schema must be a JSON object."));
            return issues.ToImmutable();
        }

        CheckComponents(schema, path, issues, new HashSet<string>(StringComparer.Ordinal));
        return issues.ToImmutable();
    }

    private static void CheckComponents(JsonElement container, string path, ImmutableArray<FormIssue>.Builder issues, HashSet<string> keys)
    {
        if (!container.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Array)
        {
            issues.Add(new(path + ".components", ComponentsMissing, "A form-js schema has a components array."));
            return;
        }

        var index = 0;
        foreach (var component in components.EnumerateArray())
        {
            var here = string.Create(CultureInfo.InvariantCulture, $"{path}.components[{index++}]");
            var type = FormJsComponents.TypeOf(component);
            if (type is null)
            {
                issues.Add(new(here + ".type", ComponentType, "Each component is an object with a string type."));
                continue;
            }

            if (FormJsComponents.InputTypes.Contains(type) || type == "dynamiclist")
            {
                CheckKey(component, here, issues, keys);
            }

            if (FormJsComponents.OptionTypes.Contains(type))
            {
                CheckValues(component, here, issues);
            }

            if (component.TryGetProperty("validate", out var validate))
            {
                CheckValidate(validate, here + ".validate", issues);
            }

            if (FormJsComponents.ContainerTypes.Contains(type))
            {
                // A dynamic list's rows have keys of their own, unique within a row rather than the form.
                CheckComponents(component, here, issues, type == "group" ? keys : new HashSet<string>(StringComparer.Ordinal));
            }
        }
    }

    private static void CheckKey(JsonElement component, string path, ImmutableArray<FormIssue>.Builder issues, HashSet<string> keys)
    {
        var key = FormJsComponents.Text(component, "key");
        if (key is null || !VariableName().IsMatch(key))
        {
            issues.Add(new(path + ".key", KeyInvalid, "An input component needs a key that is a variable name (a letter or _, then letters, digits or _)."));
        }
        else if (!keys.Add(key))
        {
            issues.Add(new(path + ".key", KeyDuplicate, $"The key '{key}' is used by another component of this form."));
        }
    }

    private static void CheckValues(JsonElement component, string path, ImmutableArray<FormIssue>.Builder issues)
    {
        if (component.TryGetProperty("valuesKey", out _) || component.TryGetProperty("valuesExpression", out _))
        {
            return;
        }

        var valid = component.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0
            && values.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("value", out _) && v.TryGetProperty("label", out _));
        if (!valid)
        {
            issues.Add(new(path + ".values", ValuesInvalid, "List the options as a non-empty values array of {label, value}, or use valuesKey or valuesExpression."));
        }
    }

    private static void CheckValidate(JsonElement validate, string path, ImmutableArray<FormIssue>.Builder issues)
    {
        if (validate.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new(path, ValidateInvalid, "validate must be an object."));
            return;
        }

        if (validate.TryGetProperty("required", out var required) && required.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            issues.Add(new(path + ".required", ValidateInvalid, "required must be true or false."));
        }

        foreach (var rule in NumericRules)
        {
            if (!validate.TryGetProperty(rule, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var isLength = rule.EndsWith("Length", StringComparison.Ordinal);
            if (value.ValueKind != JsonValueKind.Number || (isLength && (!value.TryGetInt64(out var whole) || whole < 0)))
            {
                issues.Add(new(path + "." + rule, ValidateInvalid, isLength ? $"{rule} must be a whole number of at least 0." : $"{rule} must be a number."));
            }
        }

        if (Number(validate, "min") is { } min && Number(validate, "max") is { } max && min > max)
        {
            issues.Add(new(path + ".max", ValidateInvalid, "max must not be less than min."));
        }

        if (Number(validate, "minLength") is { } minLength && Number(validate, "maxLength") is { } maxLength && minLength > maxLength)
        {
            issues.Add(new(path + ".maxLength", ValidateInvalid, "maxLength must not be less than minLength."));
        }

        if (validate.TryGetProperty("pattern", out var pattern) && pattern.ValueKind != JsonValueKind.Null
            && (pattern.ValueKind != JsonValueKind.String || FormJsValidator.PatternOf(pattern.GetString()!) is null))
        {
            issues.Add(new(path + ".pattern", ValidateInvalid, "pattern must be a valid regular expression."));
        }
    }

    internal static decimal? Number(JsonElement validate, string name) =>
        validate.ValueKind == JsonValueKind.Object && validate.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetDecimal(out var number)
            ? number
            : null;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariableName();
}
