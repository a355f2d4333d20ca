using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// Every persons endpoint × every role × a person inside or outside the role's jurisdiction gives the expected
/// status; lists contain only people inside the caller's jurisdiction.
/// </summary>
/// <remarks>Inside: 太平村 (610921.01.001, in 城关镇). Outside: 五坪村 (610921.02.001, in 涧池镇). Out-of-jurisdiction
/// persons answer 404 like a person that does not exist; roles without access to case files answer 403.</remarks>
public abstract class PersonsAuthorisationMatrixTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string InsideTown = "610921.01";
    private const string InsideVillage = "610921.01.001";
    private const string OutsideTown = "610921.02";
    private const string OutsideVillage = "610921.02.001";

    // role → list, get in, get out, history in, history out, patch in, patch out, register in, register out,
    //        reveal in, reveal out (pii:reveal roles: caseworker, supervisor, director), public notice in, public notice out
    private static readonly Dictionary<string, int[]> Expected = new(StringComparer.Ordinal)
    {
        [Roles.Caseworker] = [200, 200, 404, 200, 404, 200, 404, 201, 403, 200, 404, 200, 404],
        [Roles.VillageMember] = [200, 200, 404, 200, 404, 403, 403, 403, 403, 403, 403, 200, 404],
        [Roles.Assessor] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        [Roles.PetitionOfficer] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        [Roles.Supervisor] = [200, 200, 200, 200, 200, 200, 200, 201, 201, 200, 200, 200, 200],
        [Roles.Director] = [200, 200, 200, 200, 200, 200, 200, 201, 201, 200, 200, 200, 200],
        [Roles.Admin] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
    };

    private static int _next = 7000;

    [Fact]
    public async Task Every_persons_endpoint_gives_the_expected_status_for_every_role_inside_and_outside()
    {
        var expected = new StringBuilder();
        var actual = new StringBuilder();
        foreach (var role in Roles.All)
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            var inside = await RegisterAsync(InsideTown, InsideVillage);
            var outside = await RegisterAsync(OutsideTown, OutsideVillage);
            int[] statuses =
            [
                await StatusAsync(client, HttpMethod.Get, "/api/persons"),
                await StatusAsync(client, HttpMethod.Get, $"/api/persons/{inside}"),
                await StatusAsync(client, HttpMethod.Get, $"/api/persons/{outside}"),
                await StatusAsync(client, HttpMethod.Get, $"/api/persons/{inside}/history"),
                await StatusAsync(client, HttpMethod.Get, $"/api/persons/{outside}/history"),
                await PatchAsync(client, inside),
                await PatchAsync(client, outside),
                await StatusAsync(client, HttpMethod.Post, "/api/persons", TestPersons.Request(Interlocked.Increment(ref _next), "矩阵内", InsideTown, InsideVillage)),
                await StatusAsync(client, HttpMethod.Post, "/api/persons", TestPersons.Request(Interlocked.Increment(ref _next), "矩阵外", OutsideTown, OutsideVillage)),
                await StatusAsync(client, HttpMethod.Post, $"/api/persons/{inside}/reveal", new { reason = "核对材料" }),
                await StatusAsync(client, HttpMethod.Post, $"/api/persons/{outside}/reveal", new { reason = "核对材料" }),
                await StatusAsync(client, HttpMethod.Get, $"/api/persons/{inside}/public-notice?from=2026-03-01&to=2026-03-07"),
                await StatusAsync(client, HttpMethod.Get, $"/api/persons/{outside}/public-notice?from=2026-03-01&to=2026-03-07"),
            ];
            expected.AppendLine(role + ": " + string.Join(' ', Expected[role]));
            actual.AppendLine(role + ": " + string.Join(' ', statuses));
        }

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact]
    public async Task Lists_hold_only_people_inside_the_callers_jurisdiction()
    {
        // Arrange: one person in 太平村, one elsewhere in 城关镇, one in 涧池镇.
        var taiping = await RegisterAsync(InsideTown, InsideVillage);
        var sameTown = await RegisterAsync(InsideTown, "610921.01.002");
        var otherTown = await RegisterAsync(OutsideTown, OutsideVillage);
        await node.Factory.WaitForReadModelAsync();

        // Act
        var member = await ListAsync(Roles.VillageMember);
        var caseworker = await ListAsync(Roles.Caseworker);
        var director = await ListAsync(Roles.Director);

        // Assert: the village member sees only 太平村, even when asking for another town by filter.
        Assert.Contains(taiping, member.Ids);
        Assert.DoesNotContain(sameTown, member.Ids);
        Assert.DoesNotContain(otherTown, member.Ids);
        Assert.All(member.Villages, v => Assert.Equal(InsideVillage, v));
        Assert.Equal(member.Ids.Count, member.Total);
        Assert.Empty((await ListAsync(Roles.VillageMember, "&town=" + OutsideTown)).Ids);
        Assert.Contains(taiping, caseworker.Ids);
        Assert.Contains(sameTown, caseworker.Ids);
        Assert.DoesNotContain(otherTown, caseworker.Ids);
        Assert.All(caseworker.Towns, t => Assert.Equal(InsideTown, t));
        Assert.Contains(otherTown, director.Ids);
    }

    private async Task<(List<string> Ids, List<string> Towns, List<string> Villages, int Total)> ListAsync(string role, string filter = "")
    {
        using var client = await node.Factory.CreateClientAsAsync(role);
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/persons?pageSize=100" + filter, UriKind.Relative));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        return (
            items.Select(i => i.GetProperty("id").GetString()!).ToList(),
            items.Select(i => i.GetProperty("townCode").GetString()!).ToList(),
            items.Select(i => i.GetProperty("villageCode").GetString()!).ToList(),
            page.GetProperty("total").GetInt32());
    }

    private async Task<string> RegisterAsync(string town, string village)
    {
        using var created = await node.Client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative),
            TestPersons.Request(Interlocked.Increment(ref _next), "矩阵测试", town, village));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<int> PatchAsync(HttpClient client, string id)
    {
        // The supervisor reads the current ETag, so a refusal can only come from the caller's rights.
        using var current = await node.Client.GetAsync(new Uri($"/api/persons/{id}", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/api/persons/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { phone = "13800001111" }),
        };
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static async Task<int> StatusAsync(HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        if (response.StatusCode is HttpStatusCode.Forbidden)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("FORBIDDEN", problem.GetProperty("code").GetString());
        }

        return (int)response.StatusCode;
    }
}
