using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Persons;

namespace CaseFlow.Grains.Tests.Infrastructure;

/// <summary>Fictitious people with valid ID numbers; each test takes fresh numbers so tests never collide.</summary>
public static class People
{
    private static int _next;

    /// <summary>A fresh valid ID number of an adult born in the 1960s–1980s.</summary>
    public static string NewIdNumber(Gender gender = Gender.Male)
    {
        var n = Interlocked.Increment(ref _next);
        var birth = new DateOnly(1960, 1, 1).AddDays(n * 37 % 9000);
        var sequence = 100 + (n % 400) * 2 + (gender == Gender.Male ? 1 : 0);
        var body = "610921" + birth.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        return body + ResidentIdNumber.ComputeCheckCharacter(body);
    }

    public static string NewPersonId() => "P" + Guid.CreateVersion7().ToString("N");

    public static RegisterPerson Registration(string? idNumber = null, string name = "张三") =>
        new("caseworker-1", name, null, null, idNumber ?? NewIdNumber(), StubJurisdictionDirectory.Town1, StubJurisdictionDirectory.Village1,
            "13812341234", null);

    public static UpdatePersonProfile Patch(int expectedVersion) =>
        new("caseworker-1", expectedVersion, null, null, null, null, null, null, null, null, false);
}
