using System.Globalization;
using CaseFlow.Grains.Persons;
using PersonGender = CaseFlow.Grains.Contracts.Persons.Gender;

namespace CaseFlow.Silo.Seeding;

/// <summary>
/// Fictitious resident ID numbers for demo data and tests: they pass the GB 11643 checksum, carry Hanyin's
/// address code, and are generated from a counter, so no real person's number is ever used on purpose.
/// </summary>
public static class SyntheticIdNumbers
{
    private const string AddressCode = "610921";
    private const int DaysSpan = 25_000;
    private static readonly DateOnly FirstBirthDate = new(1940, 1, 1);

    /// <summary>The n-th number (n ≥ 0): the birth date walks forward a day at a time through 68 years, then the
    /// sequence number moves on, so numbers are unique for the first 25 million n.</summary>
    public static string Create(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var birth = FirstBirthDate.AddDays(n % DaysSpan);
        var body = AddressCode + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) +
                   (n / DaysSpan % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return body + ResidentIdNumber.ComputeCheckCharacter(body);
    }

    /// <summary>The birth date encoded in a number made by <see cref="Create"/>.</summary>
    public static DateOnly BirthDate(string idNumber) =>
        DateOnly.ParseExact(idNumber.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The sex encoded in the sequence digits: odd is male.</summary>
    public static PersonGender Gender(string idNumber) =>
        (idNumber[16] - '0') % 2 == 1 ? PersonGender.Male : PersonGender.Female;
}
