using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Processes;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Messages;

/// <summary>R82: a message start belongs to the latest published version, so retiring the newest moves it back.</summary>
public abstract class MessageStartVersionTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private IGrainFactory Grains => node.Factory.Services.GetRequiredService<IGrainFactory>();

    [Fact]
    public async Task R82a_after_the_latest_version_is_retired_a_start_message_starts_the_published_older_version()
    {
        var xml = ProcessFixtures.WithFreshKeys("opened-by-message.bpmn", out var keys, "opened_by_message", "referral_received");
        var definition = Grains.GetGrain<IProcessDefinitionGrain>(keys[0]);
        var v1 = await definition.DeployAsync(new DeployProcess("supervisor", xml));
        await definition.PublishAsync(v1.Version!.Version, "supervisor");
        var v2 = await definition.DeployAsync(new DeployProcess("supervisor", xml.Replace("Triage the referral", "Triage the referral again", StringComparison.Ordinal)));
        await definition.PublishAsync(v2.Version!.Version, "supervisor");
        Assert.Null((await definition.UnpublishAsync(v2.Version.Version, "supervisor")).Error);
        await node.Factory.WaitForReadModelAsync();

        using var response = await node.Client.PostAsJsonAsync(TaskApiKit.Url("/api/messages"), new { messageName = keys[1], businessKey = "REF-82" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var instanceId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString()!;
        var view = (await Grains.GetGrain<IProcessInstanceGrain>(instanceId).GetAsync()).Instance!;
        Assert.Equal((keys[0], 1), (view.ProcessKey, view.ProcessVersion));
    }
}

public sealed class SqliteMessageStartVersionTests(SqliteNodeFixture node) : MessageStartVersionTests<SqliteNodeFixture>(node);

public sealed class PostgresMessageStartVersionTests(PostgresNodeFixture node) : MessageStartVersionTests<PostgresNodeFixture>(node);
