using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// Reading a case file, recording visits and problems and resolving a problem × every role × a person inside or outside the role's
/// jurisdiction gives the status the documented rules in <c>PersonAccess</c> promise.
/// </summary>
/// <remarks>Inside: 太平村 (610921.01.001, in 城关镇). Outside: 五坪村 (610921.02.001, in 涧池镇). A person outside the
/// caller's scope answers 404; a role with no access to case files answers 403.</remarks>
public abstract class CaseFileAuthorisationMatrixTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string InsideTown = "610921.01";
    private const string InsideVillage = "610921.01.001";
    private const string OutsideTown = "610921.02";
    private const string OutsideVillage = "610921.02.001";

    // role → get in, get out, visit in, visit out, problem in, problem out, resolve in, resolve out
    private static readonly Dictionary<string, int[]> Expected = new(StringComparer.Ordinal)
    {
        [Roles.Caseworker] = [200, 404, 200, 404, 200, 404, 200, 404],
        [Roles.VillageMember] = [200, 404, 200, 404, 200, 404, 200, 404],
        [Roles.Assessor] = [403, 403, 403, 403, 403, 403, 403, 403],
        [Roles.PetitionOfficer] = [403, 403, 403, 403, 403, 403, 403, 403],
        [Roles.Supervisor] = [200, 200, 200, 200, 200, 200, 200, 200],
        [Roles.Director] = [200, 200, 200, 200, 200, 200, 200, 200],
        [Roles.Admin] = [403, 403, 403, 403, 403, 403, 403, 403],
    };

    private static int _next = 7800;

    [Fact]
    public async Task Case_file_endpoints_give_the_expected_status_for_every_role_inside_and_outside()
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
                await SendAsync(client, HttpMethod.Get, $"/api/persons/{inside}/case-file", null, null),
                await SendAsync(client, HttpMethod.Get, $"/api/persons/{outside}/case-file", null, null),
                await SendAsync(client, HttpMethod.Post, $"/api/persons/{inside}/visits", Visit(), await ETagAsync(inside)),
                await SendAsync(client, HttpMethod.Post, $"/api/persons/{outside}/visits", Visit(), await ETagAsync(outside)),
                await SendAsync(client, HttpMethod.Post, $"/api/persons/{inside}/problems", Problem(), await ETagAsync(inside)),
                await SendAsync(client, HttpMethod.Post, $"/api/persons/{outside}/problems", Problem(), await ETagAsync(outside)),
                await SendAsync(client, HttpMethod.Post, $"/api/persons/{inside}/problems/problem-1/resolve", Resolution(), await ETagAsync(inside)),
                await SendAsync(client, HttpMethod.Post, $"/api/persons/{outside}/problems/problem-1/resolve", Resolution(), await ETagAsync(outside)),
            ];
            expected.AppendLine(role + ": " + string.Join(' ', Expected[role]));
            actual.AppendLine(role + ": " + string.Join(' ', statuses));
        }

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    private static object Visit() => new { kind = "Sweep", mode = "Home", outcome = "Reached", visitorTier = "Village" };

    private static object Problem() => new { category = "Housing", description = "房屋漏雨" };

    private static object Resolution() => new { status = "Resolved", resolution = "已修缮" };

    private async Task<string> RegisterAsync(string town, string village)
    {
        using var created = await node.Client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative),
            TestPersons.Request(Interlocked.Increment(ref _next), "档案矩阵", town, village));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<string> ETagAsync(string id)
    {
        // The supervisor reads the current ETag, so a refusal can only come from the caller's rights.
        using var read = await node.Client.GetAsync(new Uri($"/api/persons/{id}/case-file", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return read.Headers.ETag!.Tag;
    }

    private static async Task<int> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? etag)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
