using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.ReadModel;

/// <summary>
/// The projector is stopped between a state write and its projection; after a restart with the projector on, the
/// read model converges by itself.
/// </summary>
public abstract class ProjectorConvergenceTests
{
    private static readonly Dictionary<string, string?> ProjectorOff = new() { ["Projector:Enabled"] = "false" };

    protected abstract Task<CaseFlowApiFactory> CreateAsync(IReadOnlyDictionary<string, string?>? settings);

    protected abstract CaseFlowApiFactory Reopen(CaseFlowApiFactory previous);

    [Fact]
    public async Task Read_model_converges_after_restart_when_projection_was_interrupted()
    {
        // Arrange: a node whose projector never runs, so the write stays in the change feed.
        string id;
        var first = await CreateAsync(ProjectorOff);
        await using (first)
        {
            using var client = await first.CreateClientAsAsync(Roles.Supervisor);
            using var created = await client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), TestPersons.Request(1, "王五"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

            // The grain has it, the feed holds it, the read model does not.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/persons/{id}", UriKind.Relative))).StatusCode);
            Assert.Equal(0, await TotalAsync(client));
            Assert.True(await first.Services.GetRequiredService<ChangeFeedBacklog>().CountAsync("caseflow") > 0);
        }

        // Act: restart on the same database with the projector on, and no other step.
        await using var second = Reopen(first);
        using var again = await second.CreateClientAsAsync(Roles.Supervisor);
        await second.WaitForReadModelAsync();

        // Assert
        Assert.Equal(1, await TotalAsync(again));
        var page = await again.GetFromJsonAsync<JsonElement>(new Uri("/api/persons", UriKind.Relative));
        Assert.Equal(id, page.GetProperty("items")[0].GetProperty("id").GetString());
    }

    private static async Task<int> TotalAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/persons", UriKind.Relative))).GetProperty("total").GetInt32();
}
