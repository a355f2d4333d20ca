namespace CaseFlow.Workflows.Forms;

/// <summary>Reads the stored form a <c>camunda:formKey</c> names (docs/forms.md).</summary>
public static class FormKeys
{
    private static readonly string[] FormJsPrefixes = ["camunda-forms:deployment:", "camunda-forms:app:", "camunda-forms:"];

    /// <summary>
    /// The form key of <c>camunda-forms:deployment:forms/k.form</c>, <c>camunda-forms:app:…/k.form</c> or a plain
    /// <c>k</c>; null for embedded or other URL-like keys, which the console resolves itself.
    /// </summary>
    public static string? Resolve(string? formKey)
    {
        if (string.IsNullOrWhiteSpace(formKey))
        {
            return null;
        }

        var text = formKey.Trim();
        var prefix = FormJsPrefixes.FirstOrDefault(p => text.StartsWith(p, StringComparison.Ordinal));
        if (prefix is not null)
        {
            text = text[prefix.Length..];
        }
        else if (text.Contains(':', StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        var name = text[(text.LastIndexOf('/') + 1)..];
        if (name.EndsWith(".form", StringComparison.Ordinal))
        {
            name = name[..^".form".Length];
        }

        return IsKey(name) ? name : null;
    }

    /// <summary>The shape of a form key: a letter, then up to 99 letters, digits, <c>_</c>, <c>.</c> or <c>-</c>.</summary>
    public static bool IsKey(string? key) =>
        key is { Length: > 0 and <= 100 } && char.IsAsciiLetter(key[0]) && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');
}
