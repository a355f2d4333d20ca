using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Processes;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Messages;

/// <summary><c>POST /api/messages</c> with <c>timeToLive</c>: opt-in buffering (R55b) and its refusals, on both databases.</summary>
public abstract class MessageBufferingApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : FakeTimeNodeFixture
{
    private IGrainFactory Grains => node.Factory.Services.GetRequiredService<IGrainFactory>();

    private IBufferedMessageStore Buffer => node.Factory.Services.GetRequiredService<IBufferedMessageStore>();

    /// <summary>Publishes start → 10-minute timer → receive <see cref="BufferingSettings.BufferedName"/> → Check, under a fresh key.</summary>
    private async Task<string> PublishAsync()
    {
        var xml = ProcessFixtures.WithFreshKeys("timer-then-documents.bpmn", out var keys, "timer_then_documents");
        var definition = Grains.GetGrain<IProcessDefinitionGrain>(keys[0]);
        var deployed = await definition.DeployAsync(new DeployProcess("supervisor", xml));
        Assert.Null(deployed.Error);
        Assert.Null((await definition.PublishAsync(deployed.Version!.Version, "supervisor")).Error);
        return keys[0];
    }

    private Task<HttpResponseMessage> SendAsync(object message) => node.Client.PostAsJsonAsync(TaskApiKit.Url("/api/messages"), message);

    private static string Fresh(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task R55b_a_message_buffered_for_an_hour_is_delivered_once_when_the_catch_opens_ten_minutes_later_and_an_expired_copy_is_dropped()
    {
        var key = await PublishAsync();
        var businessKey = Fresh("BK");
        var (copyId, messageId) = (Fresh("copy"), Fresh("M"));

        using var copy = await SendAsync(new { messageName = BufferingSettings.BufferedName, businessKey, variables = new { pages = 1 }, messageId = copyId, timeToLive = "PT5M" });
        using var buffered = await SendAsync(new { messageName = BufferingSettings.BufferedName, businessKey, variables = new { pages = 3 }, messageId, timeToLive = "PT1H" });
        using var again = await SendAsync(new { messageName = BufferingSettings.BufferedName, businessKey, variables = new { pages = 3 }, messageId, timeToLive = "PT1H" });
        var body = await buffered.Content.ReadFromJsonAsync<JsonElement>();
        var repeated = await again.Content.ReadFromJsonAsync<JsonElement>();
        using var started = await node.Client.PostAsJsonAsync(TaskApiKit.Url("/api/instances"), new { processKey = key, businessKey });
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString()!;

        await node.Clock.AdvanceAsync(TimeSpan.FromMinutes(10));
        var reached = await node.Clock.WaitUntilAsync(instanceId, v => v.ActiveElementIds.Contains("Check"));

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted), (copy.StatusCode, buffered.StatusCode, again.StatusCode));
        Assert.Equal(body.GetProperty("bufferedMessageId").GetString(), repeated.GetProperty("bufferedMessageId").GetString());
        Assert.Equal(node.Time.GetUtcNow() - TimeSpan.FromMinutes(10) + TimeSpan.FromHours(1), body.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal("Check", Assert.Single(reached.ActiveElementIds));
        Assert.Equal(3, JsonDocument.Parse(reached.VariablesJson).RootElement.GetProperty("pages").GetInt32());
        var delivered = await Buffer.FindByMessageIdAsync(messageId);
        Assert.Equal((BufferedMessageStates.Delivered, instanceId), (delivered!.State, delivered.InstanceId));
        Assert.Equal(BufferedMessageStates.Dropped, (await Buffer.FindByMessageIdAsync(copyId))!.State);
        Assert.Empty(await Buffer.CandidatesAsync(BufferingSettings.BufferedName, businessKey, "I-any"));
    }

    [Fact]
    public async Task R55_a_time_to_live_on_a_name_off_the_allow_list_is_422_MessageNotBufferable_and_nothing_is_held()
    {
        var messageId = Fresh("M");

        using var response = await SendAsync(new { messageName = "documents_unlisted", businessKey = Fresh("BK"), messageId, timeToLive = "PT1H" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(("MessageNotBufferable", "timeToLive"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        Assert.Null(await Buffer.FindByMessageIdAsync(messageId));
    }

    [Theory]
    [InlineData("P1M", "timeToLive")]
    [InlineData("PT0S", "timeToLive")]
    [InlineData("P2D", "timeToLive")]
    [InlineData("soon", "timeToLive")]
    public async Task R55_a_time_to_live_that_is_not_a_positive_duration_within_the_maximum_is_422_naming_the_field(string timeToLive, string field)
    {
        using var response = await SendAsync(new { messageName = BufferingSettings.BufferedName, businessKey = Fresh("BK"), timeToLive });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(("VALIDATION_FAILED", field), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task R55a_an_allow_listed_name_without_a_time_to_live_is_still_not_buffered()
    {
        var messageId = Fresh("M");

        using var response = await SendAsync(new { messageName = BufferingSettings.BufferedName, businessKey = Fresh("BK"), messageId });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("MessageNotCorrelated", await TaskApiKit.CodeOf(response));
        Assert.Null(await Buffer.FindByMessageIdAsync(messageId));
    }
}

public sealed class SqliteMessageBufferingApiTests(SqliteBufferingNodeFixture node) : MessageBufferingApiTests<SqliteBufferingNodeFixture>(node);

public sealed class PostgresMessageBufferingApiTests(PostgresBufferingNodeFixture node) : MessageBufferingApiTests<PostgresBufferingNodeFixture>(node);
