using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CaseFlow.Studio.Tests.Infrastructure;

/// <summary>What the console scenarios set up through the API before the browser takes over.</summary>
public static class StudioArrange
{
    /// <summary>Deploys the BPMN as a new process and publishes its first version; returns the key.</summary>
    public static async Task<string> PublishAsync(this StudioFixture node, string xml, string key)
    {
        ArgumentNullException.ThrowIfNull(node);
        using (var deploy = await node.Supervisor.PostAsync(new Uri("/api/processes", UriKind.Relative), new StringContent(xml, Encoding.UTF8, "application/xml")))
        {
            Assert.Equal(HttpStatusCode.Created, deploy.StatusCode);
        }

        using var publish = await node.Supervisor.PostAsync(new Uri($"/api/processes/{key}/versions/1/publish", UriKind.Relative), null);
        Assert.True(publish.IsSuccessStatusCode, $"publish: {(int)publish.StatusCode}");
        return key;
    }

    /// <summary>Registers a person in 城关镇 (the demo caseworker's town); returns the id.</summary>
    public static async Task<string> RegisterPersonAsync(this StudioFixture node, string namePrefix)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var registered = await node.Caseworker.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative),
            CaseFlow.Api.Tests.Infrastructure.TestPersons.Request(Random.Shared.Next(1, 90_000), namePrefix + Guid.NewGuid().ToString("N")[..6]));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Starts the latest published version of the process for the person, as the supervisor.</summary>
    public static async Task StartInstanceAsync(this StudioFixture node, string key, string businessKey, string personId)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var started = await node.Supervisor.PostAsJsonAsync(new Uri("/api/instances", UriKind.Relative), new { processKey = key, businessKey, personId });
        Assert.True(started.IsSuccessStatusCode, "start: " + await started.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Publishes a fresh visit-task process, registers a person in the caseworker's town and starts an instance for
    /// them, then waits for the worklist to show it: the common start of every console task scenario.
    /// </summary>
    public static async Task<(string BusinessKey, string PersonId)> StartVisitTaskAsync(this StudioFixture node, string personPrefix, string businessKeyPrefix)
    {
        ArgumentNullException.ThrowIfNull(node);
        var key = await node.PublishAsync(StudioFixtures.VisitTask(out var processKey), processKey);
        var personId = await node.RegisterPersonAsync(personPrefix);
        var businessKey = businessKeyPrefix + "-" + Guid.NewGuid().ToString("N")[..8];
        await node.StartInstanceAsync(key, businessKey, personId);
        await node.Factory.WaitForReadModelAsync();
        return (businessKey, personId);
    }
}
