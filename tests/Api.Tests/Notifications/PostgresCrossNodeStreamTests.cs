using System.Net;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using CaseFlow.TestSupport;

namespace CaseFlow.Api.Tests.Notifications;

/// <summary>
/// Two nodes on one PostgreSQL database: the notification is produced by the first node's projector and reaches a
/// stream held open by the second, whose own projector is off, so it can only have come through the database.
/// </summary>
public sealed class PostgresCrossNodeStreamTests : IAsyncLifetime
{
    private CaseFlowApiFactory _producer = null!;
    private CaseFlowApiFactory _streamer = null!;

    public async Task InitializeAsync()
    {
        var database = await TestPostgres.CreateDatabaseAsync("notify");
        _producer = new CaseFlowApiFactory("Postgres", database, NotificationSettings.Fast);
        _producer.CreateClient().Dispose();
        _streamer = new CaseFlowApiFactory("Postgres", database, new Dictionary<string, string?>(NotificationSettings.Fast)
        {
            ["Projector:Enabled"] = "false",
            ["Webhooks:Enabled"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await _streamer.DisposeAsync();
        await _producer.DisposeAsync();
    }

    [Fact(DisplayName = "A stream on one node delivers a notification produced by another node's projector")]
    public async Task Stream_delivers_across_nodes()
    {
        using var supervisor = await _producer.CreateClientAsAsync(Roles.Supervisor);
        using var streamClient = await _streamer.CreateClientAsAsync(Roles.Caseworker);
        using var response = await streamClient.GetAsync(new Uri("/api/notifications/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new SseReader(await response.Content.ReadAsStreamAsync());
        await stream.NextBlockAsync(TimeSpan.FromSeconds(20));

        var instanceId = await new WorkStarter(_producer, supervisor).StartHomeVisitAsync();

        var (_, name, data) = await stream.NextEventAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("notification", name);
        Assert.Equal(instanceId, JsonDocument.Parse(data).RootElement.GetProperty("instanceId").GetString());
    }
}
