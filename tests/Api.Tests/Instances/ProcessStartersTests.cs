using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Instances;

/// <summary>A process that names its starters (<c>camunda:candidateStarterGroups</c>) is started by those roles only.</summary>
public abstract class ProcessStartersTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private static int _next = 64_000;

    private async Task<string> PersonAsync()
    {
        using var created = await node.Client.PostAsJsonAsync(TaskApiKit.Url("/api/persons"),
            TestPersons.Request(Interlocked.Increment(ref _next), "发起人", DemoUsers.CaseworkerTown, DemoUsers.MemberVillage));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<HttpStatusCode> StartAsync(string role, string processKey, string personId)
    {
        using var client = await node.Factory.CreateClientAsAsync(role);
        using var started = await client.PostAsJsonAsync(TaskApiKit.Url("/api/instances"), new { processKey, personId });
        return started.StatusCode;
    }

    [Fact(DisplayName = "A village member starts the 遍访 and 上门办证 processes that name village members, and not 三定, which names caseworkers")]
    public async Task Village_member_starts_what_names_village_members()
    {
        var person = await PersonAsync();

        Assert.Equal(HttpStatusCode.Created, await StartAsync(Roles.VillageMember, "visit_campaign", person));
        Assert.Equal(HttpStatusCode.Created, await StartAsync(Roles.VillageMember, "home_visit_certification", person));
        Assert.Equal(HttpStatusCode.Forbidden, await StartAsync(Roles.VillageMember, "assistance_sandings", person));
    }

    [Fact(DisplayName = "A caseworker starts 三定 but not the 信访 process, which names the petition officer, supervisor and director")]
    public async Task Caseworker_cannot_start_the_petition_process()
    {
        var person = await PersonAsync();

        Assert.Equal(HttpStatusCode.Created, await StartAsync(Roles.Caseworker, "assistance_sandings", person));
        Assert.Equal(HttpStatusCode.Forbidden, await StartAsync(Roles.Caseworker, "petition_resolution", person));
    }
}

public sealed class SqliteProcessStartersTests(SqliteNodeFixture node) : ProcessStartersTests<SqliteNodeFixture>(node);

public sealed class PostgresProcessStartersTests(PostgresNodeFixture node) : ProcessStartersTests<PostgresNodeFixture>(node);
