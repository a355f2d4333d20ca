using System.Text.RegularExpressions;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Validation;

/// <summary>The rule for variable names (BPMN.md §4.2): a JavaScript identifier that is neither reserved nor built in.</summary>
/// <remarks>Variables become globals of the sandbox, so a name must be usable there without shadowing a built-in.</remarks>
public static partial class VariableNames
{
    private static readonly HashSet<string> JavaScriptReserved = new(StringComparer.Ordinal)
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
        "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
        "let", "static", "implements", "interface", "package", "private", "protected", "public", "await", "arguments",
        "eval", "undefined", "NaN", "Infinity",
    };

    /// <summary>Why <paramref name="name"/> cannot name a variable, or null when it can.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "a variable name is required";
        }

        if (!Pattern().IsMatch(name))
        {
            return "a variable name is a letter, '_' or '$' followed by at most 63 letters, digits, '_' or '$'";
        }

        if (JavaScriptReserved.Contains(name))
        {
            return "JavaScript reserves this word";
        }

        return BuiltInNames.Reserved.Contains(name) ? "the name is reserved for a built-in function or operator" : null;
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
