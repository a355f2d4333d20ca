using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Persons;
using CaseFlow.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.Tests.Persons;

/// <summary>The ID-number index: claims, releases and the takeover of claims whose registration never completed.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PersonIdNumberIndexGrainTests(ClusterFixture fixture)
{
    private static readonly IdNumberIndexKeys Keys = new(Options.Create(new PersonIdentityOptions()));

    private IPersonIdNumberIndexGrain IndexOf(string idNumber)
    {
        Assert.True(ResidentIdNumber.TryParse(idNumber, DateOnly.MaxValue, out var parsed, out _));
        return fixture.Grains.GetGrain<IPersonIdNumberIndexGrain>(Keys.KeyFor(parsed));
    }

    [Fact(DisplayName = "The index key is a 64-character hex HMAC that does not contain the number")]
    public void Key_hides_the_number()
    {
        var idNumber = People.NewIdNumber();
        Assert.True(ResidentIdNumber.TryParse(idNumber, DateOnly.MaxValue, out var parsed, out _));

        var key = Keys.KeyFor(parsed);

        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.DoesNotContain(idNumber[..6], key, StringComparison.Ordinal);
        Assert.NotEqual(key, new IdNumberIndexKeys(Options.Create(new PersonIdentityOptions { IdNumberIndexKey = new string('k', 40) })).KeyFor(parsed));
    }

    [Fact(DisplayName = "Registration claims the number; GetOwner names the person")]
    public async Task Registration_claims_the_number()
    {
        var idNumber = People.NewIdNumber();
        var id = People.NewPersonId();

        await fixture.Grains.GetGrain<IPersonGrain>(id).RegisterAsync(People.Registration(idNumber));

        Assert.Equal(id, await IndexOf(idNumber).GetOwnerAsync());
        Assert.Equal(id, await IndexOf(idNumber).ClaimAsync(id));
    }

    [Fact(DisplayName = "A live holder keeps its claim; only the owner can release it")]
    public async Task Claim_and_release()
    {
        var idNumber = People.NewIdNumber();
        var holder = People.NewPersonId();
        await fixture.Grains.GetGrain<IPersonGrain>(holder).RegisterAsync(People.Registration(idNumber));
        var index = IndexOf(idNumber);

        Assert.Equal(holder, await index.ClaimAsync("P-other"));
        Assert.False(await index.ReleaseAsync("P-other"));
        Assert.True(await index.ReleaseAsync(holder));
        Assert.Null(await index.GetOwnerAsync());
    }

    [Fact(DisplayName = "A claim whose person never registered (a crash between claim and write) passes to the next registration")]
    public async Task Stale_claim_is_taken_over()
    {
        // Arrange: the state a crash leaves behind: the index names a person that was never written.
        var idNumber = People.NewIdNumber();
        Assert.Equal("P-crashed", await IndexOf(idNumber).ClaimAsync("P-crashed"));

        // Act
        var id = People.NewPersonId();
        var result = await fixture.Grains.GetGrain<IPersonGrain>(id).RegisterAsync(People.Registration(idNumber));

        // Assert
        Assert.Null(result.Error);
        Assert.Equal(id, await IndexOf(idNumber).GetOwnerAsync());
    }

    [Fact(DisplayName = "HoldsIdNumber is true only for the person's own number")]
    public async Task Holds_id_number()
    {
        var idNumber = People.NewIdNumber();
        var other = People.NewIdNumber();
        var grain = fixture.Grains.GetGrain<IPersonGrain>(People.NewPersonId());
        await grain.RegisterAsync(People.Registration(idNumber));

        Assert.True(ResidentIdNumber.TryParse(idNumber, DateOnly.MaxValue, out var own, out _));
        Assert.True(ResidentIdNumber.TryParse(other, DateOnly.MaxValue, out var foreign, out _));
        Assert.True(await grain.HoldsIdNumberAsync(Keys.KeyFor(own)));
        Assert.False(await grain.HoldsIdNumberAsync(Keys.KeyFor(foreign)));
    }

    [Fact(DisplayName = "Concurrent registrations of one number: exactly one wins, the others name it")]
    public async Task Concurrent_registrations_of_one_number()
    {
        var idNumber = People.NewIdNumber();
        var ids = Enumerable.Range(0, 5).Select(_ => People.NewPersonId()).ToArray();

        var results = await Task.WhenAll(ids.Select(id => fixture.Grains.GetGrain<IPersonGrain>(id).RegisterAsync(People.Registration(idNumber))));

        var winner = Assert.Single(results, r => r.Error is null).Person!.Id;
        Assert.All(results.Where(r => r.Error is not null), r =>
        {
            Assert.Equal(DomainErrorCodes.IdDuplicate, r.Error!.Code);
            Assert.Equal(winner, r.Error.ExistingPersonId);
        });
    }
}
