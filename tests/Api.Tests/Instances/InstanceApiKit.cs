using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Processes;

namespace CaseFlow.Api.Tests.Instances;

/// <summary>Deploys, registers and starts through HTTP for the instance and external-task tests.</summary>
internal static class InstanceApiKit
{
    public static Uri Url(string path) => new(path, UriKind.Relative);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Deploys <c>approval.bpmn</c> under a fresh key (and optionally its service task on another topic) and publishes version 1; returns the key.</summary>
    public static async Task<string> DeployApprovalAsync(HttpClient supervisor, string? topic = null)
    {
        var xml = ProcessFixtures.WithFreshKeys("approval.bpmn", out var keys, "approval");
        if (topic is not null)
        {
            xml = xml.Replace("\"civil-affairs.check\"", "\"" + topic + "\"", StringComparison.Ordinal);
        }

        using var deployed = await supervisor.PostAsync(Url("/api/processes"), new StringContent(xml, Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        using var published = await supervisor.PostAsync(Url($"/api/processes/{keys[0]}/versions/1/publish"), null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return keys[0];
    }

    /// <summary>Registers a fictitious person (as the supervisor) and returns the id.</summary>
    public static async Task<string> RegisterAsync(HttpClient supervisor, int n, string townCode, string villageCode)
    {
        using var created = await supervisor.PostAsJsonAsync(Url("/api/persons"), TestPersons.Request(n, "流程" + n, townCode, villageCode));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await JsonAsync(created)).GetProperty("id").GetString()!;
    }

    public static Task<HttpResponseMessage> StartAsync(HttpClient client, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url("/api/instances")) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    /// <summary>Starts and asserts 201; returns the response body.</summary>
    public static async Task<JsonElement> StartOkAsync(HttpClient client, object body)
    {
        using var response = await StartAsync(client, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    public static string Code(JsonElement problem) => problem.GetProperty("code").GetString()!;
}
