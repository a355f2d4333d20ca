using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Tasks;

/// <summary>Pausing and resuming a task's SLA clock through HTTP, and the paused status in the worklist, on each backend.</summary>
public abstract class TaskSlaApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private TaskApiKit? _kit;

    private TaskApiKit Kit => _kit ??= new TaskApiKit(node.Factory);

    private async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        await node.Factory.WaitForReadModelAsync();
        using var response = await client.GetAsync(TaskApiKit.Url("/api/tasks?" + query));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    [Fact(DisplayName = "Pause needs If-Match and a reason, is for the assignee or a manager, shows paused in the worklist, and resume runs the clock again")]
    public async Task Pause_and_resume_through_http()
    {
        var bk = "SLA-" + Guid.NewGuid().ToString("N")[..8];
        var (instanceId, taskId) = await Kit.StartAsync(businessKey: bk);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);
        var (before, etag) = await TaskApiKit.ReadTaskAsync(caseworker, taskId);
        var dueBefore = before.GetProperty("sla").GetProperty("dueAt").GetDateTimeOffset();
        Assert.Equal(10, before.GetProperty("sla").GetProperty("urgency").GetInt32());

        using var withoutIfMatch = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/pause", new { reason = "waiting" });
        using var withoutReason = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/pause", new { reason = "  " }, etag);
        using var byMember = await TaskApiKit.PostAsync(member, $"/api/tasks/{taskId}/pause", new { reason = "waiting" }, etag);
        using var paused = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/pause", new { reason = "等待申请人补交户口簿" }, etag);
        using var again = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/pause", new { reason = "again" }, paused.Headers.ETag?.Tag);

        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutReason.StatusCode);
        Assert.Equal(InstanceErrorCodes.ReasonRequired, await TaskApiKit.CodeOf(withoutReason));
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal("paused", (await paused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sla").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(InstanceErrorCodes.TaskAlreadyPaused, await TaskApiKit.CodeOf(again));

        var pausedPage = await ListAsync(caseworker, "sla=paused&q=" + bk);
        Assert.Equal([taskId], Ids(pausedPage));
        Assert.Equal("paused", pausedPage.GetProperty("items")[0].GetProperty("sla").GetProperty("status").GetString());
        Assert.Empty(Ids(await ListAsync(caseworker, "sla=on_track&q=" + bk)));
        Assert.Equal(10, (await ListAsync(caseworker, "sort=urgency&order=desc&q=" + bk)).GetProperty("items")[0].GetProperty("sla").GetProperty("urgency").GetInt32());

        using var resumed = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/resume", new { reason = "户口簿已补交" }, paused.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        var sla = (await resumed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sla");
        Assert.Equal("on_track", sla.GetProperty("status").GetString());

        // Paused and resumed within one day: that day counts, so the deadline moves one day later.
        Assert.Equal(dueBefore.AddDays(1), sla.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal([taskId], Ids(await ListAsync(caseworker, "sla=on_track&q=" + bk)));

        var history = (await Kit.HistoryAsync(instanceId)).Entries;
        Assert.Equal("等待申请人补交户口簿", Assert.Single(history, e => e.Kind == InstanceHistoryKinds.TaskPaused).Detail);
        var resumeEntry = Assert.Single(history, e => e.Kind == InstanceHistoryKinds.TaskResumed);
        Assert.Equal((DemoUsers.LoginOf(Roles.Caseworker), "户口簿已补交 (+1 days)"), (resumeEntry.Actor, resumeEntry.Detail));
    }
}
