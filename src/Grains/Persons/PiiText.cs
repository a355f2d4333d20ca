using System.Text.RegularExpressions;

namespace CaseFlow.Grains.Persons;

/// <summary>
/// Finds resident-ID-shaped and mobile-phone-shaped runs in free text and masks them as <see cref="PiiMasking"/> does,
/// for text that should never carry them but might: log events, variable values, titles.
/// </summary>
/// <remarks>The shapes are deliberately loose (no checksum), so a near-miss or a mistyped number is masked too.</remarks>
public static partial class PiiText
{
    /// <summary>The text with every ID- and phone-shaped run masked; the same instance when there is none.</summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = IdNumberShape().Replace(text, m => PiiMasking.MaskIdNumber(m.Value));
        masked = MobileShape().Replace(masked, m => PiiMasking.MaskPhone(m.Value));
        return string.Equals(masked, text, StringComparison.Ordinal) ? text : masked;
    }

    // 18 characters: 6-digit area, 18xx-20xx birth year, month, day, 3-digit sequence, check digit or X;
    // 15-digit legacy numbers carry a 2-digit year. Digits around the match must not continue the number.
    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{6}(?:18|19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9Xx]|[0-9]{8}[01][0-9][0-3][0-9][0-9]{3})(?![0-9Xx])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumberShape();

    // Mainland mobile numbers: 11 digits starting 13–19.
    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MobileShape();
}
