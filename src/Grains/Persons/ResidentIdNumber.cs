using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.Persons;

/// <summary>A validated, normalised 18-character resident ID number (GB 11643-1999, DOMAIN.md §3.2).</summary>
/// <remarks>
/// The full value exists only here and in grain state. <see cref="ToString"/> returns the masked form so that an
/// accidental interpolation into a log or message cannot leak the number.
/// </remarks>
public readonly record struct ResidentIdNumber
{
    // 2^(17-i) mod 11 for the 17 body digits; the check character indexes "10X98765432" by the weighted sum mod 11
    // (ISO 7064 MOD 11-2).
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // Default, configurable per DOMAIN.md §3.2; no register holds people born earlier.
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The full normalised number. Never log, return or put it in a URL.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    /// <summary>Odd sequence digit (position 17) = male, even = female.</summary>
    public Gender Gender => (Value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;

    /// <summary>First 4 and last 4 characters with 10 stars between, e.g. <c>6109**********123X</c>.</summary>
    public string Masked => PiiMasking.MaskIdNumber(Value);

    public override string ToString() => Masked;

    /// <summary>
    /// Normalises and validates <paramref name="input"/>; a 15-digit legacy number is converted to 18 characters.
    /// </summary>
    /// <param name="input">The number as typed: surrounding spaces and a lower-case x are accepted.</param>
    /// <param name="today">The local date against which "not in the future" is judged.</param>
    /// <param name="idNumber">The normalised number when accepted.</param>
    /// <param name="errorCode">ID_FORMAT, ID_CHECKSUM or ID_BIRTHDATE when the number is refused.</param>
    public static bool TryParse(string? input, DateOnly today, out ResidentIdNumber idNumber, [NotNullWhen(false)] out string? errorCode)
    {
        idNumber = default;
        var text = Normalise(input);
        if (text is null)
        {
            errorCode = DomainErrorCodes.IdFormat;
            return false;
        }

        if (text.Length == 15)
        {
            if (!text.All(char.IsAsciiDigit))
            {
                errorCode = DomainErrorCodes.IdFormat;
                return false;
            }

            text = ConvertLegacyBody(text);
        }
        else if (text.Length != 18 || text.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(text[17]) || text[17] == 'X'))
        {
            errorCode = DomainErrorCodes.IdFormat;
            return false;
        }

        if (ComputeCheckCharacter(text.AsSpan(0, 17)) != text[17])
        {
            errorCode = DomainErrorCodes.IdChecksum;
            return false;
        }

        if (!DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth < EarliestBirthDate || birth > today)
        {
            errorCode = DomainErrorCodes.IdBirthDate;
            return false;
        }

        idNumber = new ResidentIdNumber(text, birth);
        errorCode = null;
        return true;
    }

    /// <summary>
    /// Converts a 15-digit pre-1999 number: "19" goes after the 6-digit address code, then the check character is
    /// computed. No further validation; <see cref="TryParse"/> does that.
    /// </summary>
    public static string ConvertLegacy(string legacy)
    {
        ArgumentNullException.ThrowIfNull(legacy);
        if (legacy.Length != 15 || !legacy.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A legacy number has exactly 15 digits.", nameof(legacy));
        }

        return ConvertLegacyBody(legacy);
    }

    /// <summary>The ISO 7064 MOD 11-2 check character of the 17 body digits.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != 17 || body.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("The body has exactly 17 digits.", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static string ConvertLegacyBody(string legacy)
    {
        var body = string.Concat(legacy.AsSpan(0, 6), "19", legacy.AsSpan(6));
        return body + ComputeCheckCharacter(body);
    }

    // Trim and upper-case a trailing x; any other character is judged by the length and digit checks.
    private static string? Normalise(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text[^1] == 'x' ? string.Concat(text.AsSpan(0, text.Length - 1), "X") : text;
    }
}
