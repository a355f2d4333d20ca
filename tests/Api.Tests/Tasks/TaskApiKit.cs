using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Processes;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Instances;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Tasks;

/// <summary>Deploys the task-review process once per node and starts instances of it in a chosen jurisdiction.</summary>
/// <param name="factory">The node.</param>
/// <param name="model">Changes the model's XML before it is deployed, for a variant of the process; none by default.</param>
public sealed class TaskApiKit(CaseFlowApiFactory factory, Func<string, string>? model = null)
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
        xml = model?.Invoke(xml) ?? xml;
        var definition = Grains.GetGrain<IProcessDefinitionGrain>(keys[0]);
        var deployed = await definition.DeployAsync(new DeployProcess("supervisor", xml));
        Assert.Null(deployed.Error);
        Assert.Null((await definition.PublishAsync(deployed.Version!.Version, "supervisor")).Error);
        return _key = keys[0];
    }

    /// <summary>Starts an instance in <paramref name="jurisdiction"/> and returns its first (Intake) task id.</summary>
    public async Task<(string InstanceId, string TaskId)> StartAsync(
        string jurisdiction = DemoUsers.MemberVillage, string? businessKey = null, string? personId = null, string? petitionId = null)
    {
        var key = await KeyAsync();
        var instanceId = ProcessInstanceIds.New();
        var result = await Grains.GetGrain<IProcessInstanceGrain>(instanceId).StartAsync(
            new StartProcessInstance(key, null, businessKey ?? "BK-" + instanceId[^6..], null, personId, petitionId, "supervisor", Guid.NewGuid().ToString("N"), jurisdiction));
        Assert.Null(result.Error);
        return (instanceId, result.Instance!.Tasks.Single().TaskId);
    }

    /// <summary>
    /// A second caseworker of 城关镇, created through the admin API with the same candidate rights as the demo one, and a
    /// client signed in as them. The shipped seeds keep one user per role; a fresh login per call keeps tests apart.
    /// </summary>
    public async Task<(string Login, HttpClient Client)> SecondCaseworkerAsync()
    {
        using var admin = await factory.CreateClientAsAsync(Roles.Admin);
        var login = "cw.second" + Guid.NewGuid().ToString("N")[..8];
        const string password = "A-long-enough-password-2";
        using var created = await admin.PostAsJsonAsync(Url("/api/admin/users"), new { login, displayName = "城关镇专干二（测试）", password });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var role = await admin.PostAsJsonAsync(Url($"/api/admin/users/{id}/roles"), new { role = Roles.Caseworker, jurisdiction = DemoUsers.CaseworkerTown });
        Assert.True(role.IsSuccessStatusCode, await role.Content.ReadAsStringAsync());

        var client = factory.CreateClient();
        using var token = await client.PostAsJsonAsync(Url("/api/auth/token"), new { login, password });
        Assert.True(token.IsSuccessStatusCode, await token.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return (login, client);
    }

    /// <summary>Sends a task command with the ETag the supervisor reads just before, so only the caller's rights decide.</summary>
    public static async Task<HttpResponseMessage> CommandAsync(HttpClient reader, HttpClient client, HttpMethod method, string taskId, string command, object? body)
    {
        var (_, etag) = await ReadTaskAsync(reader, taskId);
        return await SendAsync(client, method, $"/api/tasks/{taskId}/{command}", body, etag);
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

    /// <summary>Posts <paramref name="bytes"/> as the multipart <c>file</c> part of an attachment upload.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string taskId, byte[] bytes, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync(Url($"/api/tasks/{taskId}/attachments"), form);
    }

    public static async Task<string> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
}
