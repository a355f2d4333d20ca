using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Processes;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Instances;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Tasks;

/// <summary>Deploys the task-review process once per node and starts instances of it in a chosen jurisdiction.</summary>
public sealed class TaskApiKit(CaseFlowApiFactory factory)
{
    private string? _key;

    private IGrainFactory Grains => factory.Services.GetRequiredService<IGrainFactory>();

    public static Uri Url(string path) => new(path, UriKind.Relative);

    public async Task<string> KeyAsync()
    {
        if (_key is { } key)
        {
            return key;
        }

        var xml = ProcessFixtures.WithFreshKeys("task-review.bpmn", out var keys, "task_review");
        var definition = Grains.GetGrain<IProcessDefinitionGrain>(keys[0]);
        var deployed = await definition.DeployAsync(new DeployProcess("supervisor", xml));
        Assert.Null(deployed.Error);
        Assert.Null((await definition.PublishAsync(deployed.Version!.Version, "supervisor")).Error);
        return _key = keys[0];
    }

    /// <summary>Starts an instance in <paramref name="jurisdiction"/> and returns its first (Intake) task id.</summary>
    public async Task<(string InstanceId, string TaskId)> StartAsync(string jurisdiction = DemoUsers.MemberVillage, string? businessKey = null, string? personId = null)
    {
        var key = await KeyAsync();
        var instanceId = ProcessInstanceIds.New();
        var result = await Grains.GetGrain<IProcessInstanceGrain>(instanceId).StartAsync(
            new StartProcessInstance(key, null, businessKey ?? "BK-" + instanceId[^6..], null, personId, null, "supervisor", Guid.NewGuid().ToString("N"), jurisdiction));
        Assert.Null(result.Error);
        return (instanceId, result.Instance!.Tasks.Single().TaskId);
    }

    public Task<InstanceHistoryResult> HistoryAsync(string instanceId) => Grains.GetGrain<IProcessInstanceGrain>(instanceId).GetHistoryAsync();

    public static async Task<(JsonElement Body, string? ETag)> ReadTaskAsync(HttpClient client, string taskId)
    {
        using var response = await client.GetAsync(Url("/api/tasks/" + taskId));
        Assert.True(response.IsSuccessStatusCode, $"GET task: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag?.Tag);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object? body, string? ifMatch = null, string? idempotencyKey = null) =>
        SendAsync(client, HttpMethod.Post, path, body, ifMatch, idempotencyKey);

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? ifMatch = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, Url(path)) { Content = JsonContent.Create(body ?? new { }) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Claims and completes Intake as <paramref name="client"/>; returns the Review task id.</summary>
    public static async Task<string> ToReviewAsync(HttpClient client, string intakeId)
    {
        var (_, etag) = await ReadTaskAsync(client, intakeId);
        using var completed = await PostAsync(client, $"/api/tasks/{intakeId}/complete", new { }, etag);
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
        var outcome = await completed.Content.ReadFromJsonAsync<JsonElement>();
        return outcome.GetProperty("openTasks")[0].GetProperty("id").GetString()!;
    }

    public static async Task<string> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
}
