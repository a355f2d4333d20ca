namespace CaseFlow.Grains.Persons;

/// <summary>The masks of DOMAIN.md §8.2, applied in every response, log, history entry and read-model row.</summary>
public static class PiiMasking
{
    private const int IdVisible = 4;
    private const int IdStars = 10;

    /// <summary><c>6109**********123X</c>: first 4, ten stars, last 4, whatever the input length.</summary>
    /// <remarks>A fixed star count hides whether a number was legacy or malformed.</remarks>
    public static string MaskIdNumber(string idNumber)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        if (idNumber.Length < IdVisible * 2)
        {
            return new string('*', IdStars);
        }

        return string.Concat(idNumber.AsSpan(0, IdVisible), new string('*', IdStars), idNumber.AsSpan(idNumber.Length - IdVisible));
    }

    /// <summary><c>138****1234</c>: first 3 and last 4 digits; anything shorter than 8 is all stars.</summary>
    public static string MaskPhone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        if (phone.Length < 8)
        {
            return new string('*', phone.Length);
        }

        return string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));
    }
}
