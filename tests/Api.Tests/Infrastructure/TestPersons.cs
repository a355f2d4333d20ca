using CaseFlow.Silo.Seeding;

namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>Registration requests for fictitious people (see <see cref="SyntheticIdNumbers"/>).</summary>
public static class TestPersons
{
    public static object Request(int n, string name, string townCode = "610921.01", string villageCode = "610921.01.002")
    {
        var idNumber = SyntheticIdNumbers.Create(n);
        return new
        {
            name,
            gender = SyntheticIdNumbers.Gender(idNumber).ToString(),
            birthDate = SyntheticIdNumbers.BirthDate(idNumber),
            idNumber,
            townCode,
            villageCode,
        };
    }
}
