using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Tests.Infrastructure;

namespace CaseFlow.Grains.Tests.Persons;

/// <summary><see cref="IPersonRevealGrain"/> through a real cluster: the same grain as the case file, under its own interface.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PersonRevealGrainTests(ClusterFixture fixture)
{
    [Fact(DisplayName = "Reveal returns the full ID number with the jurisdiction, and PersonNotFound before registration")]
    public async Task Reveal_returns_full_number_and_jurisdiction()
    {
        var id = "P-reveal-" + Guid.NewGuid().ToString("N");
        var reveal = fixture.Grains.GetGrain<IPersonRevealGrain>(id);
        Assert.Equal(DomainErrorCodes.PersonNotFound, (await reveal.RevealIdNumberAsync()).Error?.Code);

        var idNumber = People.NewIdNumber();
        var registration = People.Registration(idNumber);
        Assert.Null((await fixture.Grains.GetGrain<IPersonGrain>(id).RegisterAsync(registration)).Error);
        var revealed = await reveal.RevealIdNumberAsync();

        Assert.Null(revealed.Error);
        Assert.Equal(idNumber, revealed.IdNumber);
        Assert.Equal((registration.TownCode, registration.VillageCode), (revealed.TownCode, revealed.VillageCode));
        Assert.DoesNotContain(idNumber, revealed.ToString(), StringComparison.Ordinal);
    }
}
