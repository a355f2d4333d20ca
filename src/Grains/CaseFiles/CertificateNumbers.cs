using System.Globalization;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Persons;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>Certificate numbers: the 18-character ID number, the category digit and the grade digit (DOMAIN.md §3.3).</summary>
public static class CertificateNumbers
{
    private const int IdLength = 18;

    /// <summary><c>11010519491231002X</c> + physical (4) + grade 2 = <c>11010519491231002X42</c>.</summary>
    public static string Compose(string idNumber, DisabilityCategory category, int grade)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        return string.Create(CultureInfo.InvariantCulture, $"{idNumber}{(int)category}{grade}");
    }

    /// <summary>The ID part masked exactly as ID numbers are, then the rest unchanged: <c>1101**********002X42</c>.</summary>
    /// <remarks>Category and grade are shown with the certificate anyway; only the embedded ID number is sensitive.</remarks>
    public static string Mask(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return number.Length < IdLength
            ? PiiMasking.MaskIdNumber(number)
            : PiiMasking.MaskIdNumber(number[..IdLength]) + number[IdLength..];
    }

    /// <summary>Ten years after issue on the same calendar day; 29 February gives 28 February (DOMAIN.md §3.3).</summary>
    public static DateOnly DefaultExpiry(DateOnly issueDate) => issueDate.AddYears(10);
}
