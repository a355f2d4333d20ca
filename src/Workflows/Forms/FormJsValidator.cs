using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CaseFlow.Workflows.Forms;

/// <summary>Checks completion variables against a form-js schema on the server (docs/forms.md: 422, one error per field).</summary>
/// <remarks>
/// Each input component is checked once and reports the first rule it breaks: <c>disabled</c> fields must not be
/// submitted; <c>validate.required</c> means present, not null, not <c>""</c> and not <c>[]</c>; then the type of the
/// component, its options, <c>min</c>/<c>max</c>, <c>minLength</c>/<c>maxLength</c> and <c>pattern</c>. The pattern
/// is matched as the form-js viewer matches it (a match anywhere in the value), so client and server agree. Read-only
/// and expression components are not checked; variables the schema does not name pass unchecked, as with formData.
/// </remarks>
public static class FormJsValidator
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    public static ImmutableArray<FormIssue> Validate(JsonElement schema, IReadOnlyDictionary<string, JsonElement>? values)
    {
        var issues = ImmutableArray.CreateBuilder<FormIssue>();
        foreach (var component in FormJsComponents.Inputs(schema))
        {
            if (FormJsComponents.Text(component, "key") is not { } key)
            {
                continue;
            }

            JsonElement? value = values is not null && values.TryGetValue(key, out var found) ? found : null;
            if (Check(component, key, value) is { } issue)
            {
                issues.Add(issue);
            }
        }

        return issues.ToImmutable();
    }

    /// <summary>The compiled pattern, or null when it is not a valid regular expression.</summary>
    public static Regex? PatternOf(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static FormIssue? Check(JsonElement component, string key, JsonElement? submitted)
    {
        var type = FormJsComponents.TypeOf(component)!;
        if (FormJsComponents.Flag(component, "disabled"))
        {
            return submitted is null ? null : new(key, FormIssueCodes.ReadOnly, $"'{key}' is disabled and cannot be submitted.");
        }

        if (type == "expression" || FormJsComponents.Flag(component, "readonly"))
        {
            return null;
        }

        var validate = component.TryGetProperty("validate", out var rules) && rules.ValueKind == JsonValueKind.Object ? rules : default;
        if (submitted is not { } value || IsEmpty(value))
        {
            return validate.ValueKind == JsonValueKind.Object && FormJsComponents.Flag(validate, "required")
                ? new(key, FormIssueCodes.Required, $"'{key}' is required.")
                : null;
        }

        return type switch
        {
            "textfield" or "textarea" => value.ValueKind == JsonValueKind.String ? CheckText(key, value.GetString()!, validate) : TypeIssue(key, "a string"),
            "number" => NumberOf(component, value) is { } number ? CheckRange(key, number, validate) : TypeIssue(key, "a number"),
            "checkbox" => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : TypeIssue(key, "true or false"),
            "radio" or "select" => value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                ? CheckOption(component, key, value)
                : TypeIssue(key, "one of its options"),
            "checklist" or "taglist" => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
                ? value.EnumerateArray().Select(item => CheckOption(component, key, item)).FirstOrDefault(issue => issue is not null)
                : TypeIssue(key, "a list of strings"),
            "datetime" => value.ValueKind == JsonValueKind.String && IsDateTime(FormJsComponents.Text(component, "subtype") ?? "datetime", value.GetString()!)
                ? null
                : TypeIssue(key, DateTimeWords(FormJsComponents.Text(component, "subtype"))),
            _ => null,
        };
    }

    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => value.GetString()!.Length == 0,
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };

    private static FormIssue? CheckText(string key, string text, JsonElement validate)
    {
        var length = new StringInfo(text).LengthInTextElements;
        if (FormSchemaChecker.Number(validate, "minLength") is { } min && length < min)
        {
            return new(key, FormIssueCodes.Length, $"'{key}' needs at least {min} characters.");
        }

        if (FormSchemaChecker.Number(validate, "maxLength") is { } max && length > max)
        {
            return new(key, FormIssueCodes.Length, $"'{key}' allows at most {max} characters.");
        }

        if (validate.ValueKind == JsonValueKind.Object && FormJsComponents.Text(validate, "pattern") is { Length: > 0 } pattern && PatternOf(pattern) is { } regex)
        {
            bool matches;
            try
            {
                matches = regex.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                matches = false;
            }

            if (!matches)
            {
                return new(key, FormIssueCodes.Pattern, $"'{key}' does not have the required format.");
            }
        }

        return null;
    }

    private static decimal? NumberOf(JsonElement component, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetDecimal(out var number) ? number : null;
        }

        // form-js sends numbers as strings when the field is set to serialise them so (for very long numbers).
        return value.ValueKind == JsonValueKind.String && FormJsComponents.Flag(component, "serializeToString")
            && decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
    }

    private static FormIssue? CheckRange(string key, decimal number, JsonElement validate)
    {
        if (FormSchemaChecker.Number(validate, "min") is { } min && number < min)
        {
            return new(key, FormIssueCodes.Range, $"'{key}' must be at least {min.ToString(CultureInfo.InvariantCulture)}.");
        }

        return FormSchemaChecker.Number(validate, "max") is { } max && number > max
            ? new(key, FormIssueCodes.Range, $"'{key}' must be at most {max.ToString(CultureInfo.InvariantCulture)}.")
            : null;
    }

    private static FormIssue? CheckOption(JsonElement component, string key, JsonElement value)
    {
        // Options from a variable or an expression are only known to the viewer.
        if (!component.TryGetProperty("values", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var allowed = options.EnumerateArray().Where(o => o.ValueKind == JsonValueKind.Object && o.TryGetProperty("value", out _)).Select(o => o.GetProperty("value")).ToList();
        return allowed.Any(option => JsonElement.DeepEquals(option, value))
            ? null
            : new(key, FormIssueCodes.Enum, $"'{key}' must be one of: {string.Join(", ", allowed.Select(o => o.ToString()))}.");
    }

    private static bool IsDateTime(string subtype, string text) => subtype switch
    {
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "time" => TimeOnly.TryParseExact(StripOffset(text), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => text.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
    };

    // A time may carry a UTC offset (Z, +08:00) when the field records one.
    private static string StripOffset(string text)
    {
        if (text.EndsWith('Z'))
        {
            return text[..^1];
        }

        var sign = text.LastIndexOfAny(['+', '-']);
        return sign > 0 ? text[..sign] : text;
    }

    private static string DateTimeWords(string? subtype) => subtype switch
    {
        "date" => "an ISO 8601 date (yyyy-MM-dd)",
        "time" => "a time (HH:mm)",
        _ => "an ISO 8601 date-time",
    };

    private static FormIssue TypeIssue(string key, string expected) => new(key, FormIssueCodes.Type, $"'{key}' must be {expected}.");
}
