using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Identity;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Api.Tests.Instances.InstanceApiKit;

namespace CaseFlow.Api.Tests.Instances;

/// <summary>External workers through HTTP, on each backend: fetch-and-lock, complete, failure, extend-lock (R62, R63).</summary>
public abstract class ExternalTasksApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private HttpClient Supervisor => node.Client;

    /// <summary>Starts <paramref name="count"/> instances whose review is done, so each offers one job on a fresh topic.</summary>
    private async Task<(string Topic, List<string> InstanceIds)> OfferJobsAsync(int count)
    {
        var topic = "civil-affairs.check-" + Guid.NewGuid().ToString("N")[..8];
        var key = await DeployApprovalAsync(Supervisor, topic);
        var grains = node.Factory.Services.GetRequiredService<IGrainFactory>();
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var started = await StartOkAsync(Supervisor, new { processKey = key, businessKey = "BK-J" + i, variables = new { approved = true, caseNo = i } });
            var id = started.GetProperty("instanceId").GetString()!;
            var taskId = started.GetProperty("tasks")[0].GetProperty("taskId").GetString()!;
            var completed = await grains.GetGrain<IProcessInstanceGrain>(id).CompleteTaskAsync(taskId, null, "caseworker.chengguan", "done-" + id);
            Assert.Null(completed.Error);
            ids.Add(id);
        }

        await node.Factory.WaitForReadModelAsync();
        return (topic, ids);
    }

    private static Task<HttpResponseMessage> FetchAsync(HttpClient client, string worker, string topic, int maxTasks = 5, long lockDuration = 60_000) =>
        client.PostAsJsonAsync(Url("/api/external-tasks/fetch-and-lock"), new { workerId = worker, maxTasks, topics = new[] { new { topicName = topic, lockDuration } } });

    private static async Task<JsonElement[]> FetchOkAsync(HttpClient client, string worker, string topic, int maxTasks = 5, long lockDuration = 60_000)
    {
        using var response = await FetchAsync(client, worker, topic, maxTasks, lockDuration);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return [.. (await JsonAsync(response)).EnumerateArray()];
    }

    [Fact(DisplayName = "A worker locks an offered job with its variables; another worker gets nothing and may not complete it; the holder completes")]
    public async Task Fetch_lock_and_complete()
    {
        var (topic, ids) = await OfferJobsAsync(1);
        using var worker = await node.Factory.CreateClientAsAsync(Roles.Admin);

        var locked = Assert.Single(await FetchOkAsync(worker, "worker-a", topic));
        var other = await FetchOkAsync(worker, "worker-b", topic);
        var jobId = locked.GetProperty("id").GetString()!;
        using var foreign = await worker.PostAsJsonAsync(Url($"/api/external-tasks/{jobId}/complete"), new { workerId = "worker-b" });
        using var completed = await worker.PostAsJsonAsync(Url($"/api/external-tasks/{jobId}/complete"), new { workerId = "worker-a", variables = new { registryOk = true } });
        using var again = await worker.PostAsJsonAsync(Url($"/api/external-tasks/{jobId}/complete"), new { workerId = "worker-a" });

        Assert.Equal((ids[0], "worker-a", 1, 0), (locked.GetProperty("instanceId").GetString(), locked.GetProperty("workerId").GetString(),
            locked.GetProperty("attempt").GetInt32(), locked.GetProperty("variables").GetProperty("caseNo").GetInt32()));
        Assert.True(locked.GetProperty("lockExpirationTime").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddSeconds(30));
        Assert.Empty(other);
        Assert.Equal((HttpStatusCode.Conflict, "JobLockMismatch"), (foreign.StatusCode, Code(await JsonAsync(foreign))));
        Assert.Equal(HttpStatusCode.NoContent, completed.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "JobNotActive"), (again.StatusCode, Code(await JsonAsync(again))));
        var view = await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances/{ids[0]}"));
        Assert.Equal("completed", view.GetProperty("status").GetString());
        Assert.True(view.GetProperty("variables").GetProperty("registryOk").GetBoolean());
    }

    [Fact(DisplayName = "Two workers fetching at once split the jobs: every job is locked by exactly one of them")]
    public async Task Concurrent_fetches_never_share_a_job()
    {
        var (topic, _) = await OfferJobsAsync(4);
        using var worker = await node.Factory.CreateClientAsAsync(Roles.Admin);

        var results = await Task.WhenAll(FetchOkAsync(worker, "worker-a", topic, 4), FetchOkAsync(worker, "worker-b", topic, 4));

        var all = results.SelectMany(r => r).Select(j => j.GetProperty("id").GetString()).ToList();
        Assert.Equal(4, all.Count);
        Assert.Equal(4, all.Distinct().Count());
    }

    [Fact(DisplayName = "R62a over HTTP: a lapsed lock is offered again to another worker with the attempt unchanged")]
    public async Task Lapsed_lock_is_offered_again()
    {
        var (topic, _) = await OfferJobsAsync(1);
        using var worker = await node.Factory.CreateClientAsAsync(Roles.Admin);

        // A one-millisecond lock has lapsed by the time the next request arrives.
        var first = Assert.Single(await FetchOkAsync(worker, "worker-a", topic, lockDuration: 1));
        var second = Assert.Single(await FetchOkAsync(worker, "worker-b", topic));
        using var late = await worker.PostAsJsonAsync(Url($"/api/external-tasks/{first.GetProperty("id").GetString()}/extend-lock"), new { workerId = "worker-a", newDuration = 60_000 });

        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal((1, 1), (first.GetProperty("attempt").GetInt32(), second.GetProperty("attempt").GetInt32()));
        Assert.Equal((HttpStatusCode.Conflict, "JobLockMismatch"), (late.StatusCode, Code(await JsonAsync(late))));
    }

    [Fact(DisplayName = "A failure with retries 0 raises ServiceRetriesExhausted; extending the lock afterwards is JobNotActive")]
    public async Task Failure_without_retries_raises_an_incident()
    {
        var (topic, ids) = await OfferJobsAsync(1);
        using var worker = await node.Factory.CreateClientAsAsync(Roles.Admin);
        var jobId = Assert.Single(await FetchOkAsync(worker, "worker-a", topic)).GetProperty("id").GetString()!;

        using var extended = await worker.PostAsJsonAsync(Url($"/api/external-tasks/{jobId}/extend-lock"), new { workerId = "worker-a", newDuration = 120_000 });
        using var failed = await worker.PostAsJsonAsync(Url($"/api/external-tasks/{jobId}/failure"), new { workerId = "worker-a", errorMessage = "registry rejected", retries = 0 });
        using var extendAfter = await worker.PostAsJsonAsync(Url($"/api/external-tasks/{jobId}/extend-lock"), new { workerId = "worker-a", newDuration = 60_000 });

        Assert.Equal(HttpStatusCode.NoContent, extended.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, failed.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "JobNotActive"), (extendAfter.StatusCode, Code(await JsonAsync(extendAfter))));
        var incident = Assert.Single((await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances/{ids[0]}/incidents"))).EnumerateArray());
        Assert.Equal("ServiceRetriesExhausted", incident.GetProperty("type").GetString());
    }

    [Fact(DisplayName = "R63 over HTTP: a failure with retries and a retry timeout waits its durable timer, then the job is offered as attempt 2")]
    public async Task Failure_with_retries_is_offered_again_after_the_timeout()
    {
        var (topic, _) = await OfferJobsAsync(1);
        using var worker = await node.Factory.CreateClientAsAsync(Roles.Admin);
        var jobId = Assert.Single(await FetchOkAsync(worker, "worker-a", topic)).GetProperty("id").GetString()!;

        using var failed = await worker.PostAsJsonAsync(Url($"/api/external-tasks/{jobId}/failure"), new { workerId = "worker-a", errorMessage = "registry busy", retries = 2, retryTimeout = 500 });
        await node.Factory.WaitForReadModelAsync();
        var whileWaiting = await FetchOkAsync(worker, "worker-b", topic);

        // The retry timer wakes the instance through the node's real reminder service; poll with a deadline.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement[] again;
        do
        {
            await Task.Delay(100);
            again = await FetchOkAsync(worker, "worker-b", topic);
        }
        while (again.Length == 0 && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.NoContent, failed.StatusCode);
        Assert.Empty(whileWaiting);
        var reoffered = Assert.Single(again);
        Assert.Equal((jobId, 2, 2), (reoffered.GetProperty("id").GetString(), reoffered.GetProperty("attempt").GetInt32(), reoffered.GetProperty("retries").GetInt32()));
    }

    [Fact(DisplayName = "Bad worker requests get 422 with the field; caseflow. topics are refused; non-admin roles get 403; unknown ids are JobNotActive")]
    public async Task Bad_requests_are_refused()
    {
        using var worker = await node.Factory.CreateClientAsAsync(Roles.Admin);

        using var noWorker = await worker.PostAsJsonAsync(Url("/api/external-tasks/fetch-and-lock"), new { maxTasks = 1, topics = new[] { new { topicName = "x", lockDuration = 1000 } } });
        using var internalTopic = await FetchAsync(worker, "w", "caseflow.record-visit");
        using var tooMany = await FetchAsync(worker, "w", "x", maxTasks: 1000);
        using var noLock = await FetchAsync(worker, "w", "x", lockDuration: 0);
        using var bySupervisor = await FetchAsync(Supervisor, "w", "x");
        using var unknown = await worker.PostAsJsonAsync(Url("/api/external-tasks/nonsense/complete"), new { workerId = "w" });
        using var noMessage = await worker.PostAsJsonAsync(Url("/api/external-tasks/Iabc:j1/failure"), new { workerId = "w" });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "workerId"), (noWorker.StatusCode, (await JsonAsync(noWorker)).GetProperty("field").GetString()));
        Assert.Equal("topics[0].topicName", (await JsonAsync(internalTopic)).GetProperty("field").GetString());
        Assert.Equal("maxTasks", (await JsonAsync(tooMany)).GetProperty("field").GetString());
        Assert.Equal("topics[0].lockDuration", (await JsonAsync(noLock)).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, bySupervisor.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "JobNotActive"), (unknown.StatusCode, Code(await JsonAsync(unknown))));
        Assert.Equal("errorMessage", (await JsonAsync(noMessage)).GetProperty("field").GetString());
    }
}
