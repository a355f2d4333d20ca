namespace CaseFlow.Api.Common;

/// <summary>Refuses control characters in free text that goes into a query or a stored filter.</summary>
/// <remarks>PostgreSQL takes no NUL in any text value, so a search for "%00" answered 500 there while SQLite simply
/// found nothing; no search, name or code needs a control character, so they are refused on both backends alike.</remarks>
public static class ControlCharacters
{
    /// <summary>True when <paramref name="text"/> holds a NUL or any other control character but tab and line breaks.</summary>
    public static bool In(string? text)
    {
        foreach (var c in text ?? string.Empty)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }

    public const string Message = "Text may not contain control characters.";
}
