using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Tests.Infrastructure;

namespace CaseFlow.Grains.Tests.Persons;

/// <summary>State survives deactivation: what a new activation reads is what the last command wrote.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PersonPersistenceTests(ClusterFixture fixture)
{
    [Fact(DisplayName = "After every activation is collected, the person, version and history are read back from storage")]
    public async Task State_survives_deactivation()
    {
        // Arrange: a registered and once-updated person.
        var id = People.NewPersonId();
        var grain = fixture.Grains.GetGrain<IPersonGrain>(id);
        await grain.RegisterAsync(People.Registration());
        var before = (await grain.UpdateProfileAsync(People.Patch(1) with { Name = "王五" })).Person!;

        // Act: force every idle activation out of memory, then call again.
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var after = (await grain.GetAsync()).Person!;
        var history = await grain.GetHistoryAsync();

        // Assert
        Assert.Equal(before, after);
        Assert.Equal([1L, 2L], history.Events.Select(e => e.Seq));
    }
}
