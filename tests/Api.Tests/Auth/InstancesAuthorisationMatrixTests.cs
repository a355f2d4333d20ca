using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using static CaseFlow.Api.Tests.Instances.InstanceApiKit;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// Every instance endpoint × every role × an instance inside or outside the role's jurisdiction gives the status
/// the documented rules in <c>InstanceAccess</c> promise.
/// </summary>
/// <remarks>Inside: 太平村 (610921.01.001, in 城关镇). Outside: 五坪村 (610921.02.001, in 涧池镇). Readers get 404 for an
/// instance outside their scope, as for one that does not exist; roles with no access here get 403. Operator commands
/// are refused with 403 to every non-operator role before the instance is looked at.</remarks>
public abstract class InstancesAuthorisationMatrixTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string InsideTown = "610921.01";
    private const string InsideVillage = "610921.01.001";
    private const string OutsideTown = "610921.02";
    private const string OutsideVillage = "610921.02.001";

    // role → start in, start out, list, get in, get out, history in, history out, incidents in, incidents out,
    //        complete task in, complete task out, modify in, modify out (an invalid move: 422 once allowed), retry in,
    //        retry out (an incident that is not open: 404 once allowed), migrate in and out (a dry run: 200 once allowed),
    //        cancel in, cancel out. Every demo operator works county-wide; the town-held operator below has a real outside.
    private static readonly Dictionary<string, int[]> Expected = new(StringComparer.Ordinal)
    {
        [Roles.Caseworker] = [201, 404, 200, 200, 404, 200, 404, 200, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        [Roles.VillageMember] = [403, 403, 200, 200, 404, 200, 404, 200, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        [Roles.Assessor] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        [Roles.PetitionOfficer] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        [Roles.Supervisor] = [201, 201, 200, 200, 200, 200, 200, 200, 200, 200, 200, 422, 422, 404, 404, 200, 200, 200],
        [Roles.Director] = [201, 201, 200, 200, 200, 200, 200, 200, 200, 200, 200, 422, 422, 404, 404, 200, 200, 200],
        [Roles.Admin] = [403, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 422, 422, 404, 404, 200, 200, 200],
    };

    private static int _next = 7600;

    private HttpClient Supervisor => node.Client;

    [Fact]
    public async Task Every_instance_endpoint_gives_the_expected_status_for_every_role_inside_and_outside()
    {
        var key = await DeployApprovalAsync(Supervisor);
        await DeploySecondVersionAsync(key);
        var insidePerson = await RegisterAsync(Supervisor, Interlocked.Increment(ref _next), InsideTown, InsideVillage);
        var outsidePerson = await RegisterAsync(Supervisor, Interlocked.Increment(ref _next), OutsideTown, OutsideVillage);
        var expected = new StringBuilder();
        var actual = new StringBuilder();
        foreach (var role in Roles.All)
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            var inside = await StartOkAsync(Supervisor, new { processKey = key, personId = insidePerson, variables = new { approved = true } });
            var outside = await StartOkAsync(Supervisor, new { processKey = key, personId = outsidePerson, variables = new { approved = true } });
            var insideId = inside.GetProperty("instanceId").GetString()!;
            var outsideId = outside.GetProperty("instanceId").GetString()!;
            var taskId = inside.GetProperty("tasks")[0].GetProperty("taskId").GetString()!;
            var outsideTaskId = outside.GetProperty("tasks")[0].GetProperty("taskId").GetString()!;

            // The completions below move the inside and outside instances past the review, so the migration gets two still waiting there.
            var waiting = (await StartOkAsync(Supervisor, new { processKey = key, personId = insidePerson, variables = new { approved = true } }))
                .GetProperty("instanceId").GetString()!;
            var waitingOutside = (await StartOkAsync(Supervisor, new { processKey = key, personId = outsidePerson, variables = new { approved = true } }))
                .GetProperty("instanceId").GetString()!;
            int[] statuses =
            [
                await StatusAsync(client, HttpMethod.Post, "/api/instances", new { processKey = key, personId = insidePerson, variables = new { approved = true } }),
                await StatusAsync(client, HttpMethod.Post, "/api/instances", new { processKey = key, personId = outsidePerson, variables = new { approved = true } }),
                await StatusAsync(client, HttpMethod.Get, "/api/instances"),
                await StatusAsync(client, HttpMethod.Get, $"/api/instances/{insideId}"),
                await StatusAsync(client, HttpMethod.Get, $"/api/instances/{outsideId}"),
                await StatusAsync(client, HttpMethod.Get, $"/api/instances/{insideId}/history"),
                await StatusAsync(client, HttpMethod.Get, $"/api/instances/{outsideId}/history"),
                await StatusAsync(client, HttpMethod.Get, $"/api/instances/{insideId}/incidents"),
                await StatusAsync(client, HttpMethod.Get, $"/api/instances/{outsideId}/incidents"),
                await StatusAsync(client, HttpMethod.Post, $"/api/instances/{insideId}/tasks/{taskId}/complete", new { variables = new { reviewed = true } }),
                await StatusAsync(client, HttpMethod.Post, $"/api/instances/{outsideId}/tasks/{outsideTaskId}/complete", new { variables = new { reviewed = true } }),
                await StatusAsync(client, HttpMethod.Post, $"/api/instances/{insideId}/modify", new { instructions = new[] { new { kind = "startBefore", elementId = "no_such_element" } }, reason = "matrix" }),
                await StatusAsync(client, HttpMethod.Post, $"/api/instances/{outsideId}/modify", new { instructions = new[] { new { kind = "startBefore", elementId = "no_such_element" } }, reason = "matrix" }),
                await StatusAsync(client, HttpMethod.Post, $"/api/instances/{insideId}/incidents/{insideId}:i9/retry", new { }),
                await StatusAsync(client, HttpMethod.Post, $"/api/instances/{outsideId}/incidents/{outsideId}:i9/retry", new { }),
                await MigratedAsync(client, key, waiting, waitingOutside),
                await StatusAsync(client, HttpMethod.Post, $"/api/instances/{insideId}/cancel", new { reason = "matrix" }),
                await StatusAsync(client, HttpMethod.Post, $"/api/instances/{outsideId}/cancel", new { reason = "matrix" }),
            ];
            expected.AppendLine(role + ": " + string.Join(' ', Expected[role]));
            actual.AppendLine(role + ": " + string.Join(' ', statuses));
        }

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    private async Task DeploySecondVersionAsync(string key)
    {
        var v2 = Processes.ProcessFixtures.Read("approval.bpmn").Replace("\"approval\"", "\"" + key + "\"", StringComparison.Ordinal)
            .Replace("复核", "复核（新）", StringComparison.Ordinal); // an unchanged model would not make a new version
        using var deployed = await Supervisor.PostAsync(new Uri("/api/processes", UriKind.Relative), new StringContent(v2, Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        using var published = await Supervisor.PostAsync(new Uri($"/api/processes/{key}/versions/2/publish", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    // A dry-run migration back from version 2 (where new instances start) to 1: 200 with both instances reported as movable once the caller may operate
    // on both; an instance outside the caller's scope would be reported as not found instead.
    private static async Task<int> MigratedAsync(HttpClient client, string key, string insideId, string outsideId)
    {
        var plan = new
        {
            processKey = key, sourceVersion = 2, targetVersion = 1, dryRun = true,
            mappings = new[] { new { source = "Task_Review", target = "Task_Review" } }, instanceIds = new[] { insideId, outsideId },
        };
        using var response = await client.PostAsJsonAsync(new Uri("/api/instances/migrate", UriKind.Relative), plan);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(2, body.GetProperty("migrated").GetInt32());
        }

        return (int)response.StatusCode;
    }

    [Fact(DisplayName = "A supervisor held in one town operates only there: another town's instance is not found, also inside a migration batch")]
    public async Task A_town_held_operator_gets_not_found_for_another_towns_instance()
    {
        var key = await DeployApprovalAsync(Supervisor);
        await DeploySecondVersionAsync(key);
        var insideId = (await StartOkAsync(Supervisor, new { processKey = key, personId = await RegisterAsync(Supervisor, Interlocked.Increment(ref _next), InsideTown, InsideVillage), variables = new { approved = true } }))
            .GetProperty("instanceId").GetString()!;
        var outside = await StartOkAsync(Supervisor, new { processKey = key, personId = await RegisterAsync(Supervisor, Interlocked.Increment(ref _next), OutsideTown, OutsideVillage), variables = new { approved = true } });
        var outsideId = outside.GetProperty("instanceId").GetString()!;
        var outsideTaskId = outside.GetProperty("tasks")[0].GetProperty("taskId").GetString()!;
        using var operatorOfTown = await TownSupervisorAsync(InsideTown);
        var plan = new
        {
            processKey = key, sourceVersion = 2, targetVersion = 1, dryRun = true,
            mappings = new[] { new { source = "Task_Review", target = "Task_Review" } }, instanceIds = new[] { insideId, outsideId },
        };

        using var migrated = await operatorOfTown.PostAsJsonAsync(new Uri("/api/instances/migrate", UriKind.Relative), plan);
        var batch = await migrated.Content.ReadFromJsonAsync<JsonElement>();
        var results = batch.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("instanceId").GetString()!);
        var completeOut = await StatusAsync(operatorOfTown, HttpMethod.Post, $"/api/instances/{outsideId}/tasks/{outsideTaskId}/complete", new { variables = new { reviewed = true } });
        var modifyOut = await StatusAsync(operatorOfTown, HttpMethod.Post, $"/api/instances/{outsideId}/modify", new { instructions = new[] { new { kind = "startBefore", elementId = "Task_Review" } }, reason = "matrix" });
        var cancelOut = await StatusAsync(operatorOfTown, HttpMethod.Post, $"/api/instances/{outsideId}/cancel", new { reason = "matrix" });
        var cancelIn = await StatusAsync(operatorOfTown, HttpMethod.Post, $"/api/instances/{insideId}/cancel", new { reason = "matrix" });

        Assert.Equal(HttpStatusCode.OK, migrated.StatusCode);
        Assert.True(results[insideId].GetProperty("migrated").GetBoolean());
        Assert.False(results[outsideId].GetProperty("migrated").GetBoolean());
        Assert.Equal("InstanceNotFound", results[outsideId].GetProperty("code").GetString());
        Assert.Equal((404, 404, 404, 200), (completeOut, modifyOut, cancelOut, cancelIn));
    }

    /// <summary>A new user holding the supervisor role in <paramref name="town"/> only, created through the admin API and signed in.</summary>
    private async Task<HttpClient> TownSupervisorAsync(string town)
    {
        using var admin = await node.Factory.CreateClientAsAsync(Roles.Admin);
        var login = "sv.town" + Guid.NewGuid().ToString("N")[..6];
        const string password = "A-long-enough-password-1";
        using var created = await admin.PostAsJsonAsync(new Uri("/api/admin/users", UriKind.Relative), new { login, displayName = "镇级督导", password });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var assigned = await admin.PostAsJsonAsync(new Uri($"/api/admin/users/{id}/roles", UriKind.Relative), new { role = Roles.Supervisor, jurisdiction = town });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var client = node.Factory.CreateClient();
        using var signIn = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { login, password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    [Fact]
    public async Task An_admin_reads_an_instance_without_its_variables_while_a_supervisor_sees_them()
    {
        var key = await DeployApprovalAsync(Supervisor);
        var person = await RegisterAsync(Supervisor, Interlocked.Increment(ref _next), InsideTown, InsideVillage);
        var started = await StartOkAsync(Supervisor, new { processKey = key, personId = person, variables = new { approved = true } });
        var path = new Uri("/api/instances/" + started.GetProperty("instanceId").GetString(), UriKind.Relative);
        using var admin = await node.Factory.CreateClientAsAsync(Roles.Admin);

        var asAdmin = await admin.GetFromJsonAsync<JsonElement>(path);
        var asSupervisor = await Supervisor.GetFromJsonAsync<JsonElement>(path);

        Assert.Empty(asAdmin.GetProperty("variables").EnumerateObject());
        Assert.True(asSupervisor.GetProperty("variables").GetProperty("approved").GetBoolean());
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
            Assert.Equal("FORBIDDEN", problem.GetProperty("code").GetString(), ignoreCase: true);
        }

        return (int)response.StatusCode;
    }
}
