using System.Text.RegularExpressions;

namespace CaseFlow.Grains.Notifications;

/// <summary>Renders a rule's title and keeps personal data out of it.</summary>
public static partial class NotificationText
{
    public const int MaxLength = 200;

    /// <summary>Fills <c>{task}</c> and <c>{process}</c>, masks anything shaped like an ID or mobile number, and caps the length.</summary>
    /// <remarks>Task and process names come from the model, not from variables, so masking should never change a title;
    /// it is the last defence against a modeller who typed a number into a name.</remarks>
    public static string Render(string template, string task, string process)
    {
        ArgumentNullException.ThrowIfNull(template);
        var text = template.Replace("{task}", task, StringComparison.Ordinal).Replace("{process}", process, StringComparison.Ordinal);
        text = DigitRun().Replace(text, m => m.Value[..2] + new string('*', m.Length - 2));
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }

    // Any run of 8 or more digits (with a trailing X for ID numbers): ID numbers, phones, bank accounts.
    [GeneratedRegex("[0-9]{8,}[0-9Xx]?", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
