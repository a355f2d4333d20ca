using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Clock;

/// <summary>
/// A node on a fake clock: tokens, stored times and the business calendar read it, and a process timer fires exactly
/// when the clock reaches it, not a moment before, with no real time passing.
/// </summary>
public abstract class FakeClockNodeTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : FakeTimeNodeFixture
{
    [Fact(DisplayName = "A timer of a shipped process fires when the fake clock reaches it: the overdue home assessment escalates after 14 days")]
    public async Task Boundary_timer_fires_on_the_fake_clock()
    {
        using var created = await node.Client.PostAsJsonAsync(TaskApiKit.Url("/api/persons"),
            TestPersons.Request(52_001, "假时钟", DemoUsers.CaseworkerTown, DemoUsers.MemberVillage));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var assessor = await node.Factory.CreateClientAsAsync(Roles.Assessor);

        using var started = await caseworker.PostAsJsonAsync(TaskApiKit.Url("/api/instances"),
            new { processKey = "home_visit_certification", personId = person.GetProperty("id").GetString() });
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString()!;
        await CompleteOpenTaskAsync(caseworker, instanceId, new { homeVisitReason = "卧床", photosTaken = true });
        await CompleteOpenTaskAsync(caseworker, instanceId, new { accepted = true });
        await CompleteOpenTaskAsync(node.Client, instanceId, new { assessmentDate = "2026-03-05", assessorInstitution = "县医院", assessorLogin = DemoUsers.LoginOf(Roles.Assessor) });
        var assessment = await OpenTasksAsync(instanceId);

        await node.Clock.AdvanceAsync(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        var before = await OpenTasksAsync(instanceId);
        await node.Clock.AdvanceAsync(TimeSpan.FromMinutes(1));
        var after = await OpenTasksAsync(instanceId);

        Assert.Equal(FakeTimeNodeFixture.Start, person.GetProperty("registeredAt").GetDateTimeOffset());
        Assert.Equal(["Task_Assess"], assessment);
        Assert.Equal(["Task_Assess"], before);
        Assert.Equal(["Task_Assess", "Task_Escalate"], after.Order(StringComparer.Ordinal));
    }

    private async Task<string[]> OpenTasksAsync(string instanceId)
    {
        var view = await node.Clock.SettleAsync(instanceId);
        return [.. view.Tasks.Select(t => t.ElementId)];
    }

    private async Task CompleteOpenTaskAsync(HttpClient client, string instanceId, object variables)
    {
        var view = await node.Clock.SettleAsync(instanceId);
        var task = Assert.Single(view.Tasks).TaskId;
        var (_, etag) = await TaskApiKit.ReadTaskAsync(client, task);
        using var completed = await TaskApiKit.PostAsync(client, $"/api/tasks/{task}/complete", new { variables }, etag);
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteFakeClockNodeTests(SqliteFakeTimeNodeFixture node) : FakeClockNodeTests<SqliteFakeTimeNodeFixture>(node);

public sealed class PostgresFakeClockNodeTests(PostgresFakeTimeNodeFixture node) : FakeClockNodeTests<PostgresFakeTimeNodeFixture>(node);
