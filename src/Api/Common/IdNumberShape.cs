using System.Text.RegularExpressions;

namespace CaseFlow.Api.Common;

/// <summary>Recognises text that holds something shaped like a resident ID number, wherever it sits in the text.</summary>
/// <remarks>
/// 18 characters (17 digits and a digit or X) or a 15-digit legacy number, standing alone: the characters around it
/// are not ASCII letters or digits. Internal ids are letters and hex digits, so a digit run inside one is not a
/// match; a name followed by a number (<c>张三11010519491231002X</c>) is. No checksum: refusing a mistyped number
/// keeps it out of URLs just as well.
/// </remarks>
public static partial class IdNumberShape
{
    public static bool IsIn(string? text) => !string.IsNullOrEmpty(text) && Pattern().IsMatch(text);

    [GeneratedRegex("(?<![0-9A-Za-z])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
