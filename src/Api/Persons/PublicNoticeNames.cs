namespace CaseFlow.Api.Persons;

/// <summary>Partial masking of a name for a public notice: 张明 → 张*, 张小明 → 张*明, 欧阳小明 → 欧**明.</summary>
public static class PublicNoticeNames
{
    public static string Mask(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = System.Globalization.StringInfo.ParseCombiningCharacters(name.Trim());
        var trimmed = name.Trim();
        if (letters.Length <= 1)
        {
            return "*";
        }

        var first = trimmed[..letters[1]];
        if (letters.Length == 2)
        {
            return first + "*";
        }

        var last = trimmed[letters[^1]..];
        return first + new string('*', letters.Length - 2) + last;
    }
}
