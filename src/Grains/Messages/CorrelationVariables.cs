using System.Text.Json;

namespace CaseFlow.Grains.Messages;

/// <summary>The correlation-variable test of R53: every wanted variable is a root variable with an equal JSON value.</summary>
public static class CorrelationVariables
{
    /// <summary>True when every property of <paramref name="wanted"/> is in <paramref name="rootVariablesJson"/> with an equal value;
    /// true as well when nothing is wanted.</summary>
    public static bool Match(string rootVariablesJson, JsonElement? wanted)
    {
        ArgumentNullException.ThrowIfNull(rootVariablesJson);
        if (wanted is not { ValueKind: JsonValueKind.Object } required)
        {
            return true;
        }

        using var root = JsonDocument.Parse(rootVariablesJson);
        foreach (var property in required.EnumerateObject())
        {
            if (!root.RootElement.TryGetProperty(property.Name, out var value) || !JsonElement.DeepEquals(value, property.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><see cref="Match(string, JsonElement?)"/> with the wanted variables as JSON object text, or null for none.</summary>
    public static bool Match(string rootVariablesJson, string? wantedJson)
    {
        if (wantedJson is null)
        {
            return true;
        }

        using var wanted = JsonDocument.Parse(wantedJson);
        return Match(rootVariablesJson, wanted.RootElement);
    }
}
