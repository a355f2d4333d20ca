using System.Text.Json;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Workflows.Execution;

/// <summary>The §4.2 checks on variables written by a command (R69).</summary>
/// <remarks>
/// Per-value checks run before a command writes anything; the instance totals (1,000 variables, 1 MiB) are checked
/// once the step has run, on the state it would commit.
/// </remarks>
internal static class VariableRules
{
    private const int MaxVariables = 1_000;
    private const int MaxTotalBytes = 1024 * 1024;

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

    /// <summary>Why one value cannot be stored (type, size, depth), or null.</summary>
    public static string? Problem(JsonElement value) => value.ValueKind switch
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

    /// <summary>Why the instance's variables as a whole exceed §4.2, or null.</summary>
    public static string? TotalProblem(IEnumerable<IReadOnlyDictionary<string, JsonElement>> variableSets)
    {
        var count = 0;
        long bytes = 0;
        foreach (var set in variableSets)
        {
            foreach (var (name, value) in set)
            {
                count++;
                bytes += name.Length + value.GetRawText().Length;
            }
        }

        return count > MaxVariables ? $"An instance holds at most {MaxVariables} variables."
            : bytes > MaxTotalBytes ? "An instance holds at most 1 MiB of variables."
            : null;
    }
}
