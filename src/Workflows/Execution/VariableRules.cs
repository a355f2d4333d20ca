using System.Text.Json;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Workflows.Execution;

/// <summary>The §4.2 checks on variables written by a command (R69).</summary>
/// <remarks>The instance-wide limits (1,000 variables, 1 MiB) are not enforced yet.</remarks>
internal static class VariableRules
{
    private const int MaxStringBytes = 64 * 1024;
    private const int MaxJsonBytes = 256 * 1024;
    private const int MaxDepth = 32;

    /// <summary>Why the set cannot be written, or null when every entry is valid.</summary>
    public static string? Problem(IReadOnlyDictionary<string, JsonElement> variables)
    {
        foreach (var (name, value) in variables.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (VariableNames.Problem(name) is { } nameProblem)
            {
                return $"Variable '{Clip(name)}': {nameProblem}.";
            }

            if (Problem(value) is { } valueProblem)
            {
                return $"Variable '{name}': {valueProblem}.";
            }
        }

        return null;
    }

    private static string? Problem(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when System.Text.Encoding.UTF8.GetByteCount(value.GetString()!) > MaxStringBytes =>
            "a string is at most 64 KiB",
        JsonValueKind.Number when !double.IsFinite(value.GetDouble()) => "a number must be finite",
        JsonValueKind.Object or JsonValueKind.Array when value.GetRawText().Length > MaxJsonBytes =>
            "a JSON value is at most 256 KiB",
        JsonValueKind.Object or JsonValueKind.Array when Depth(value) > MaxDepth => "a JSON value nests at most 32 levels",
        JsonValueKind.Undefined => "a value is required",
        _ => null,
    };

    private static int Depth(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => 1 + value.EnumerateObject().Select(property => Depth(property.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + value.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static string Clip(string name) => name.Length <= 64 ? name : name[..64] + "…";
}
