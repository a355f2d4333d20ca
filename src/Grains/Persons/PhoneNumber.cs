namespace CaseFlow.Grains.Persons;

/// <summary>Normalises contact phones: mobiles (13812341234) and landlines with area code (0915-5212345).</summary>
public static class PhoneNumber
{
    private const int MinDigits = 7;
    private const int MaxDigits = 15;

    /// <summary>Digits only (with a leading + kept), or null when the input is not a phone number.</summary>
    /// <remarks>Spaces and hyphens are dropped so that the same number always masks and compares the same way.</remarks>
    public static string? Normalise(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var digits = text.StartsWith('+') ? text[1..] : text;
        if (digits.Length is < MinDigits or > MaxDigits || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return text;
    }
}
