using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Forms;

/// <summary>Checks completion variables against <c>camunda:formData</c> fields on the server (§2: 422, one error per field).</summary>
/// <remarks>
/// Types: <c>string</c> is a JSON string, <c>long</c> a JSON integer, <c>boolean</c> true or false, <c>date</c> an
/// ISO 8601 date or date-time string, <c>enum</c> one of the field's value ids. Constraints: <c>required</c> (present,
/// not null, not an empty string), <c>readonly</c> (must not be submitted), <c>minlength</c>/<c>maxlength</c> on
/// strings, <c>min</c>/<c>max</c> on longs. Variables that are not form fields pass through unchecked, as in C7.
/// At most one issue is reported per field: the first rule it breaks.
/// </remarks>
public static class FormValidator
{
    public static ImmutableArray<FormIssue> Validate(FormData form, IReadOnlyDictionary<string, JsonElement>? values)
    {
        ArgumentNullException.ThrowIfNull(form);
        var issues = ImmutableArray.CreateBuilder<FormIssue>();
        foreach (var field in form.Fields)
        {
            JsonElement? value = values is not null && values.TryGetValue(field.Id, out var found) ? found : null;
            if (Check(field, value) is { } issue)
            {
                issues.Add(issue);
            }
        }

        return issues.ToImmutable();
    }

    private static FormIssue? Check(FormField field, JsonElement? submitted)
    {
        var present = submitted is { } v && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            && !(v.ValueKind == JsonValueKind.String && v.GetString()!.Length == 0);
        if (Has(field, "readonly") && submitted is not null)
        {
            return new(field.Id, FormIssueCodes.ReadOnly, $"'{field.Id}' is read-only and cannot be submitted.");
        }

        if (!present)
        {
            return Has(field, "required") ? new(field.Id, FormIssueCodes.Required, $"'{field.Id}' is required.") : null;
        }

        var value = submitted!.Value;
        return field.Type switch
        {
            "string" => value.ValueKind == JsonValueKind.String ? CheckLength(field, value.GetString()!) : TypeIssue(field, "a string"),
            "long" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? CheckRange(field, number) : TypeIssue(field, "a whole number"),
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : TypeIssue(field, "true or false"),
            "date" => value.ValueKind == JsonValueKind.String && IsIsoDate(value.GetString()!) ? null : TypeIssue(field, "an ISO 8601 date or date-time"),
            "enum" => value.ValueKind == JsonValueKind.String && field.EnumValues.Any(option => string.Equals(option.Id, value.GetString(), StringComparison.Ordinal))
                ? null
                : new(field.Id, FormIssueCodes.Enum, $"'{field.Id}' must be one of: {string.Join(", ", field.EnumValues.Select(option => option.Id))}."),
            _ => null,
        };
    }

    private static FormIssue? CheckLength(FormField field, string text)
    {
        var length = new StringInfo(text).LengthInTextElements;
        if (Limit(field, "minlength") is { } min && length < min)
        {
            return new(field.Id, FormIssueCodes.Length, $"'{field.Id}' needs at least {min} characters.");
        }

        return Limit(field, "maxlength") is { } max && length > max
            ? new(field.Id, FormIssueCodes.Length, $"'{field.Id}' allows at most {max} characters.")
            : null;
    }

    private static FormIssue? CheckRange(FormField field, long number)
    {
        if (Limit(field, "min") is { } min && number < min)
        {
            return new(field.Id, FormIssueCodes.Range, $"'{field.Id}' must be at least {min}.");
        }

        return Limit(field, "max") is { } max && number > max
            ? new(field.Id, FormIssueCodes.Range, $"'{field.Id}' must be at most {max}.")
            : null;
    }

    private static FormIssue TypeIssue(FormField field, string expected) =>
        new(field.Id, FormIssueCodes.Type, $"'{field.Id}' must be {expected}.");

    private static bool Has(FormField field, string constraint) =>
        field.Constraints.Any(c => string.Equals(c.Name, constraint, StringComparison.Ordinal));

    /// <summary>A numeric constraint's value; the deploy validated the numbers, so an unreadable one is ignored.</summary>
    public static long? Limit(FormField field, string constraint)
    {
        ArgumentNullException.ThrowIfNull(field);
        var config = field.Constraints.FirstOrDefault(c => string.Equals(c.Name, constraint, StringComparison.Ordinal))?.Config;
        return long.TryParse(config, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) ? limit : null;
    }

    private static bool IsIsoDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) && text.Contains('T', StringComparison.Ordinal);
}
