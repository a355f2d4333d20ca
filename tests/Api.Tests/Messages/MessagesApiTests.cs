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

/// <summary><c>POST /api/messages</c>: correlation across instances (R53a–c) and message start (R54a), on both databases.</summary>
public abstract class MessagesApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private IGrainFactory Grains => node.Factory.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Publishes a process waiting for a message under a fresh key and a fresh message name.</summary>
    private async Task<(string Key, string Message)> PublishWaitingAsync()
    {
        var xml = ProcessFixtures.WithFreshKeys("wait-for-documents.bpmn", out var keys, "wait_documents", "documents_received");
        await PublishAsync(keys[0], xml);
        return (keys[0], keys[1]);
    }

    private async Task PublishAsync(string key, string xml)
    {
        var definition = Grains.GetGrain<IProcessDefinitionGrain>(key);
        var deployed = await definition.DeployAsync(new DeployProcess("supervisor", xml));
        Assert.Null(deployed.Error);
        Assert.Null((await definition.PublishAsync(deployed.Version!.Version, "supervisor")).Error);
    }

    private async Task<string> StartAsync(string key, string businessKey, object? variables = null)
    {
        using var started = await node.Client.PostAsJsonAsync(TaskApiKit.Url("/api/instances"), new { processKey = key, businessKey, variables });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString()!;
    }

    private Task<HttpResponseMessage> SendAsync(object message) => node.Client.PostAsJsonAsync(TaskApiKit.Url("/api/messages"), message);

    private async Task<string[]> ElementsAsync(string instanceId) =>
        [.. (await Grains.GetGrain<IProcessInstanceGrain>(instanceId).GetAsync()).Instance!.ActiveElementIds];

    [Fact]
    public async Task R53a_a_message_nobody_waits_for_and_nothing_starts_is_404_and_changes_nothing()
    {
        var (key, message) = await PublishWaitingAsync();
        var waiting = await StartAsync(key, "BK-" + message[^8..]);
        await node.Factory.WaitForReadModelAsync();

        using var response = await SendAsync(new { messageName = message + "_other", businessKey = "BK-" + message[^8..] });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("MessageNotCorrelated", await TaskApiKit.CodeOf(response));
        Assert.Equal(["WaitDocuments"], await ElementsAsync(waiting));
    }

    [Fact]
    public async Task R53b_two_instances_with_the_same_business_key_are_MessageAmbiguous_and_neither_gets_it()
    {
        var (key, message) = await PublishWaitingAsync();
        var first = await StartAsync(key, "BK-same");
        var second = await StartAsync(key, "BK-same");
        await node.Factory.WaitForReadModelAsync();

        using var response = await SendAsync(new { messageName = message, businessKey = "BK-same" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("MessageAmbiguous", await TaskApiKit.CodeOf(response));
        Assert.Equal(["WaitDocuments"], await ElementsAsync(first));
        Assert.Equal(["WaitDocuments"], await ElementsAsync(second));
    }

    [Fact]
    public async Task R53c_correlation_variables_tell_the_two_apart_and_only_the_matching_one_moves_on()
    {
        var (key, message) = await PublishWaitingAsync();
        var first = await StartAsync(key, "BK-pair", new { applicant = "甲" });
        var second = await StartAsync(key, "BK-pair", new { applicant = "乙" });
        await node.Factory.WaitForReadModelAsync();

        using var response = await SendAsync(new
        {
            messageName = message, businessKey = "BK-pair", correlationVariables = new { applicant = "乙" },
            variables = new { pages = 3 }, messageId = "M-" + message,
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((second, false), (body.GetProperty("instanceId").GetString(), body.GetProperty("started").GetBoolean()));
        Assert.Equal(["Check"], await ElementsAsync(second));
        Assert.Equal(["WaitDocuments"], await ElementsAsync(first));
        var variables = JsonDocument.Parse((await Grains.GetGrain<IProcessInstanceGrain>(second).GetAsync()).Instance!.VariablesJson).RootElement;
        Assert.Equal(3, variables.GetProperty("pages").GetInt32());
    }

    [Fact]
    public async Task R57b_a_message_id_delivered_once_answers_the_first_delivery_again_after_that_instance_moved_on()
    {
        var (key, message) = await PublishWaitingAsync();
        var first = await StartAsync(key, "BK-once");
        await node.Factory.WaitForReadModelAsync();
        var sent = new { messageName = message, businessKey = "BK-once", messageId = "once-" + message };
        using var delivered = await SendAsync(sent);
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        var second = await StartAsync(key, "BK-once");
        await node.Factory.WaitForReadModelAsync();

        using var repeated = await SendAsync(sent);

        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Equal(first, (await repeated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString());
        Assert.Equal(["WaitDocuments"], await ElementsAsync(second));
        Assert.Equal(["Check"], await ElementsAsync(first));
    }

    [Fact]
    public async Task R54a_a_message_no_instance_waits_for_starts_the_process_with_that_message_start()
    {
        var xml = ProcessFixtures.WithFreshKeys("opened-by-message.bpmn", out var keys, "opened_by_message", "referral_received");
        await PublishAsync(keys[0], xml);
        await node.Factory.WaitForReadModelAsync();

        using var response = await SendAsync(new { messageName = keys[1], businessKey = "REF-1", variables = new { source = "民政局" }, messageId = "start-" + keys[1] });
        using var again = await SendAsync(new { messageName = keys[1], businessKey = "REF-1", variables = new { source = "民政局" }, messageId = "start-" + keys[1] });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var repeated = await again.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(body.GetProperty("started").GetBoolean());
        var instanceId = body.GetProperty("instanceId").GetString()!;
        Assert.Equal(instanceId, repeated.GetProperty("instanceId").GetString());
        var view = (await Grains.GetGrain<IProcessInstanceGrain>(instanceId).GetAsync()).Instance!;
        Assert.Equal((keys[0], "REF-1"), (view.ProcessKey, view.BusinessKey));
        Assert.Equal(["Triage"], view.Tasks.Select(t => t.ElementId));
    }

    [Fact]
    public async Task A_message_without_a_name_is_422_naming_the_field()
    {
        using var response = await SendAsync(new { businessKey = "BK" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("messageName", problem.GetProperty("field").GetString());
    }
}

public sealed class SqliteMessagesApiTests(SqliteNodeFixture node) : MessagesApiTests<SqliteNodeFixture>(node);

public sealed class PostgresMessagesApiTests(PostgresNodeFixture node) : MessagesApiTests<PostgresNodeFixture>(node);
