using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Colleagues;

/// <summary><c>GET /api/colleagues</c>: the hand-over picker's people, inside the caller's part of the tree, on both databases.</summary>
public abstract class ColleaguesApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    /// <summary>A caseworker of 城关镇's neighbour town and a village member of 城关镇's second village, under fresh logins.</summary>
    private async Task<(string OtherTown, string OwnVillage)> AddPeopleAsync()
    {
        var users = node.Factory.Services.GetRequiredService<SqlUserStore>();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var otherTown = "cw.other-" + suffix;
        var ownVillage = "member.second-" + suffix;
        await users.CreateAsync("U-" + otherTown, otherTown, "邻镇专干" + suffix, null, DateTimeOffset.UtcNow);
        await users.AssignAsync("U-" + otherTown, new RoleAssignment(Roles.Caseworker, "610921.02"));
        await users.CreateAsync("U-" + ownVillage, ownVillage, "二村委员" + suffix, null, DateTimeOffset.UtcNow);
        await users.AssignAsync("U-" + ownVillage, new RoleAssignment(Roles.VillageMember, "610921.01.002"));
        return (otherTown, ownVillage);
    }

    private static async Task<string[]> LoginsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.EnumerateArray().Select(c => c.GetProperty("login").GetString()!)];
    }

    [Fact]
    public async Task A_town_caseworker_finds_the_town_its_villages_and_the_county_but_no_other_town_and_no_admin()
    {
        var (otherTown, ownVillage) = await AddPeopleAsync();
        using var client = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        var logins = await LoginsAsync(await client.GetAsync(new Uri("/api/colleagues", UriKind.Relative)));

        Assert.Contains(ownVillage, logins);
        Assert.Contains("member.taiping", logins);
        Assert.Contains("supervisor", logins);
        Assert.Contains("director", logins);
        Assert.DoesNotContain(otherTown, logins);
        Assert.DoesNotContain("admin", logins);
        Assert.Equal(logins.Order(StringComparer.Ordinal), logins);
    }

    [Fact]
    public async Task A_village_member_finds_the_town_caseworker_above_but_not_a_sibling_village()
    {
        var (_, ownVillage) = await AddPeopleAsync();
        using var client = await node.Factory.CreateClientAsAsync(Roles.VillageMember);

        var logins = await LoginsAsync(await client.GetAsync(new Uri("/api/colleagues", UriKind.Relative)));

        Assert.Contains("caseworker.chengguan", logins);
        Assert.Contains("supervisor", logins);
        Assert.DoesNotContain(ownVillage, logins);
    }

    [Fact]
    public async Task The_search_matches_login_or_display_name_and_answers_roles_only()
    {
        using var client = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        using var response = await client.GetAsync(new Uri("/api/colleagues?q=" + Uri.EscapeDataString("理事长"), UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var director = Assert.Single(body.EnumerateArray());
        Assert.Equal("director", director.GetProperty("login").GetString());
        Assert.Equal(["displayName", "login", "roles"], director.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["caseworker.chengguan"], await LoginsAsync(await client.GetAsync(new Uri("/api/colleagues?q=CHENGGUAN", UriKind.Relative))));
        Assert.Empty(await LoginsAsync(await client.GetAsync(new Uri("/api/colleagues?q=" + Uri.EscapeDataString("%"), UriKind.Relative))));
    }

    [Fact]
    public async Task Admins_are_refused_and_an_overlong_search_names_its_field()
    {
        using var admin = await node.Factory.CreateClientAsAsync(Roles.Admin);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        using var refused = await admin.GetAsync(new Uri("/api/colleagues", UriKind.Relative));
        using var tooLong = await caseworker.GetAsync(new Uri("/api/colleagues?q=" + new string('x', 51), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal("q", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }
}

public sealed class SqliteColleaguesApiTests(SqliteNodeFixture node) : ColleaguesApiTests<SqliteNodeFixture>(node);

public sealed class PostgresColleaguesApiTests(PostgresNodeFixture node) : ColleaguesApiTests<PostgresNodeFixture>(node);
