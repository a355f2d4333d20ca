using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Grains.Instances;

/// <summary>Converts variables between the JSON text of the wire contracts and the engine's element map.</summary>
internal static class InstanceVariables
{
    /// <summary>Reads a JSON object; null or blank text means no variables. Names and limits are the engine's to check (R69).</summary>
    public static bool TryParse(string? json, out ImmutableSortedDictionary<string, JsonElement>? variables, out DomainError? error)
    {
        variables = null;
        error = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = Invalid();
                return false;
            }

            // Clone: the elements must outlive the document that is disposed here.
            variables = document.RootElement.EnumerateObject()
                .ToImmutableSortedDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
            return true;
        }
        catch (JsonException)
        {
            error = Invalid();
            return false;
        }
        catch (ArgumentException)
        {
            // A repeated property name: which value wins would be arbitrary.
            error = Invalid();
            return false;
        }
    }

    public static string ToJson(ImmutableSortedDictionary<string, JsonElement> variables) => JsonSerializer.Serialize(variables);

    // The message never echoes the submitted text: it may carry personal data.
    private static DomainError Invalid() =>
        DomainError.Simple(InstanceErrorCodes.VariableInvalid, "Variables must be one JSON object with distinct names.", "variables");
}
