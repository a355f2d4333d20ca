using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Notifications;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Tests.Infrastructure;

namespace CaseFlow.Grains.Tests.Notifications;

/// <summary>Who a notification reaches: candidate groups by role and covering jurisdiction, supervisors up the tree.</summary>
public sealed class RecipientResolverTests
{
    private static readonly IReadOnlyList<Jurisdiction> Tree = new StubJurisdictionDirectory().ListAsync().Result;

    private static RecipientResolver Resolver(params RoleHolder[] holders) => new(Tree, holders);

    [Fact(DisplayName = "A candidate group reaches holders of that role in the task's village, its town and the county, not the other town")]
    public void Candidates_are_holders_whose_jurisdiction_covers_the_task()
    {
        var resolver = Resolver(
            new("village.own", Roles.VillageMember, StubJurisdictionDirectory.Village1),
            new("town.own", Roles.Caseworker, StubJurisdictionDirectory.Town1),
            new("town.other", Roles.Caseworker, StubJurisdictionDirectory.Town2),
            new("county", Roles.Caseworker, "C"),
            new("village.other", Roles.VillageMember, StubJurisdictionDirectory.Village2));

        var caseworkers = resolver.CandidatesFor([Roles.Caseworker], StubJurisdictionDirectory.Village1);
        var both = resolver.CandidatesFor([Roles.Caseworker, Roles.VillageMember, "not-a-role"], StubJurisdictionDirectory.Village1);
        var atTown = resolver.CandidatesFor([Roles.VillageMember], StubJurisdictionDirectory.Town1);

        Assert.Equal(["county", "town.own"], caseworkers);
        Assert.Equal(["county", "town.own", "village.own"], both);
        Assert.Empty(atTown);
    }

    [Fact(DisplayName = "An instance without a jurisdiction reaches only county-level holders")]
    public void No_jurisdiction_means_the_county()
    {
        var resolver = Resolver(new("town", Roles.Caseworker, StubJurisdictionDirectory.Town1), new("county", Roles.Caseworker, "C"));

        Assert.Equal(["county"], resolver.CandidatesFor([Roles.Caseworker], null));
        Assert.Equal(["C"], resolver.PathToRoot(null));
    }

    [Fact(DisplayName = "The supervisor is the nearest level up the tree that has one: the town's before the county's")]
    public void Supervisors_come_from_the_nearest_level_that_has_one()
    {
        var resolver = Resolver(
            new("sup.town1", Roles.Supervisor, StubJurisdictionDirectory.Town1),
            new("sup.county.a", Roles.Supervisor, "C"),
            new("sup.county.b", Roles.Supervisor, "C"),
            new("director", Roles.Director, "C"));

        Assert.Equal(["sup.town1"], resolver.SupervisorsFor(StubJurisdictionDirectory.Village1));
        Assert.Equal(["sup.town1"], resolver.SupervisorsFor(StubJurisdictionDirectory.Town1));
        Assert.Equal(["sup.county.a", "sup.county.b"], resolver.SupervisorsFor(StubJurisdictionDirectory.Village2));
        Assert.Equal(["sup.county.a", "sup.county.b"], resolver.SupervisorsFor(null));
    }

    [Fact(DisplayName = "Escalation ladder: a village task's caseworker is the town's; without one the supervisors; directors cover the whole path")]
    public void Caseworker_and_director_levels()
    {
        var resolver = Resolver(
            new("cw.town1", Roles.Caseworker, StubJurisdictionDirectory.Town1),
            new("member.v1", Roles.VillageMember, StubJurisdictionDirectory.Village1),
            new("sup.county", Roles.Supervisor, "C"),
            new("director", Roles.Director, "C"),
            new("director.town2", Roles.Director, StubJurisdictionDirectory.Town2));

        Assert.Equal(["cw.town1"], resolver.CaseworkersFor(StubJurisdictionDirectory.Village1));
        Assert.Equal(["sup.county"], resolver.CaseworkersFor(StubJurisdictionDirectory.Village2));
        Assert.Equal(["director"], resolver.DirectorsFor(StubJurisdictionDirectory.Village1));
        Assert.Equal(["director", "director.town2"], resolver.DirectorsFor(StubJurisdictionDirectory.Village2));
    }

    [Fact(DisplayName = "With no supervisor anywhere up the tree, the escalation goes to the director")]
    public void Director_is_the_last_resort()
    {
        var resolver = Resolver(new("director", Roles.Director, "C"), new("caseworker", Roles.Caseworker, StubJurisdictionDirectory.Town1));

        Assert.Equal(["director"], resolver.SupervisorsFor(StubJurisdictionDirectory.Village1));
        Assert.Empty(Resolver().SupervisorsFor(StubJurisdictionDirectory.Village1));
    }

    [Fact(DisplayName = "A jurisdiction missing from the tree is its own path, and one user holding a role twice is listed once")]
    public void Unknown_codes_and_duplicate_holdings()
    {
        var resolver = Resolver(new("x", Roles.Caseworker, "ZZ"), new("x", Roles.Caseworker, "C"));

        Assert.Equal(["ZZ"], resolver.PathToRoot("ZZ"));
        Assert.Equal(["x"], resolver.CandidatesFor([Roles.Caseworker], "ZZ"));
        Assert.Equal([StubJurisdictionDirectory.Village1, StubJurisdictionDirectory.Town1, "C"], resolver.PathToRoot(StubJurisdictionDirectory.Village1));
    }
}
