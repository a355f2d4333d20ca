using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Messages;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Opt-in buffering (R55b) through the instance grain: a subscription opened on an allow-listed name takes the
/// oldest unexpired message held for its business key, once; expired copies are dropped and recorded.</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class MessageBufferingGrainTests(InstanceClusterFixture fixture) : IAsyncLifetime
{
    private const string Village = "610921.01.001";
    private readonly InstanceTestKit _kit = new(fixture);
    private readonly SqlBufferedMessageStore _buffer = new(InstanceClusterFixture.BufferDatabase);

    public async Task InitializeAsync() => await new SchemaMigrator(InstanceClusterFixture.BufferDatabase).MigrateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>start → (wait 10 minutes when <paramref name="timer"/>) → wait (receive, buffered name) → Task_1 → end.</summary>
    private static string Process(string key, string message, bool timer) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:message id="docs" name="{message}" />
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="{(timer ? "later" : "wait")}" />
            {(timer ? """<bpmn:intermediateCatchEvent id="later"><bpmn:timerEventDefinition><bpmn:timeDuration>PT10M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:sequenceFlow id="f0" sourceRef="later" targetRef="wait" />""" : string.Empty)}
            <bpmn:receiveTask id="wait" messageRef="docs" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="Task_1" />
            <bpmn:userTask id="Task_1" camunda:candidateGroups="caseworker" />
            <bpmn:sequenceFlow id="f3" sourceRef="Task_1" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private async Task<(IProcessInstanceGrain Grain, string InstanceId)> StartAsync(string key, string businessKey)
    {
        var grain = _kit.NewInstance(out var instanceId);
        var started = await grain.StartAsync(new StartProcessInstance(
            key, null, businessKey, null, null, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId(), Village));
        Assert.True(started.Error is null, started.Error?.Code);
        return (grain, instanceId);
    }

    private static BufferedMessage Held(string businessKey, TimeSpan timeToLive, string variablesJson, string? messageId = null)
    {
        var now = InstanceClusterFixture.Clock.GetUtcNow();
        return new BufferedMessage(
            BufferedMessage.NewId(), messageId, InstanceClusterFixture.BufferedMessageName, businessKey, null, variablesJson,
            JurisdictionScope.Everywhere, "supervisor", now, now + timeToLive, BufferedMessageStates.Waiting, null);
    }

    /// <summary>The instance once the follow-up turn queued by a one-way call just sent has run.</summary>
    /// <remarks>The first read runs after the one-way call's turn, which queued the follow-up turn; the second read was
    /// sent after that, so it queues behind the follow-up turn and sees what it did.</remarks>
    private static async Task<ProcessInstanceView> AfterFollowUpsAsync(IProcessInstanceGrain grain)
    {
        await grain.GetAsync();
        return (await grain.GetAsync()).Instance!;
    }

    private static bool AtTask(ProcessInstanceView view) => view.ActiveElementIds.Contains("Task_1");

    [Fact(DisplayName = "R55b: a message buffered with PT1H is delivered once when the catch opens 10 minutes later; a copy whose TTL ran out is dropped and recorded")]
    public async Task R55b_buffered_message_is_delivered_once_when_the_catch_opens_and_an_expired_copy_is_dropped()
    {
        var (key, laterKey) = (InstanceProcesses.NewKey(), InstanceProcesses.NewKey());
        var businessKey = "BK-" + key;
        await _kit.DeployAndPublishAsync(key, Process(key, InstanceClusterFixture.BufferedMessageName, timer: true));
        await _kit.DeployAndPublishAsync(laterKey, Process(laterKey, InstanceClusterFixture.BufferedMessageName, timer: false));
        var expired = await _buffer.BufferAsync(Held(businessKey, TimeSpan.FromMinutes(5), """{"pages":1}""", "copy-" + key));
        var kept = await _buffer.BufferAsync(Held(businessKey, TimeSpan.FromHours(1), """{"pages":3}""", "M-" + key));
        var (grain, instanceId) = await StartAsync(key, businessKey);

        InstanceClusterFixture.Clock.Advance(TimeSpan.FromMinutes(10));
        await InstanceTestKit.WakeAsync(grain);
        var reached = await InstanceTestKit.WaitUntilAsync(grain, AtTask);
        var (later, laterId) = await StartAsync(laterKey, businessKey);
        var laterView = await AfterFollowUpsAsync(later);

        Assert.True(AtTask(reached), string.Join(",", reached.ActiveElementIds));
        Assert.Equal(3, JsonDocument.Parse(reached.VariablesJson).RootElement.GetProperty("pages").GetInt32());
        var delivered = await _buffer.FindByMessageIdAsync(kept.MessageId!);
        Assert.Equal((BufferedMessageStates.Delivered, instanceId), (delivered!.State, delivered.InstanceId));
        Assert.Equal(BufferedMessageStates.Dropped, (await _buffer.FindByMessageIdAsync(expired.MessageId!))!.State);
        Assert.Equal("wait", Assert.Single(laterView.ActiveElementIds));
        Assert.Empty(await _buffer.CandidatesAsync(InstanceClusterFixture.BufferedMessageName, businessKey, laterId));
    }

    [Fact(DisplayName = "R55: an instance already waiting that looked before the message was stored takes it when told to look again")]
    public async Task R55_a_waiting_instance_takes_a_message_buffered_after_it_looked()
    {
        var key = InstanceProcesses.NewKey();
        var businessKey = "BK-" + key;
        await _kit.DeployAndPublishAsync(key, Process(key, InstanceClusterFixture.BufferedMessageName, timer: false));
        var (grain, instanceId) = await StartAsync(key, businessKey);
        var looked = await AfterFollowUpsAsync(grain);
        var held = await _buffer.BufferAsync(Held(businessKey, TimeSpan.FromHours(1), """{"pages":2}"""));

        await grain.AsReference<IProcessInstanceFollowUps>().CheckBufferedMessagesAsync();
        var reached = await InstanceTestKit.WaitUntilAsync(grain, AtTask);

        Assert.Equal("wait", Assert.Single(looked.ActiveElementIds));
        Assert.True(AtTask(reached), string.Join(",", reached.ActiveElementIds));
        Assert.Empty(await _buffer.CandidatesAsync(InstanceClusterFixture.BufferedMessageName, businessKey, instanceId));
        Assert.Equal(2, JsonDocument.Parse(reached.VariablesJson).RootElement.GetProperty("pages").GetInt32());
        Assert.NotNull(held);
    }

    [Fact(DisplayName = "R55: a subscription on a name not on the allow-list never takes a buffered message")]
    public async Task R55_names_off_the_allow_list_are_not_looked_up()
    {
        var key = InstanceProcesses.NewKey();
        var businessKey = "BK-" + key;
        await _kit.DeployAndPublishAsync(key, Process(key, "documents-unbuffered", timer: false));
        var stray = Held(businessKey, TimeSpan.FromHours(1), """{"pages":2}""") with { MessageName = "documents-unbuffered" };
        await _buffer.BufferAsync(stray);
        var (grain, instanceId) = await StartAsync(key, businessKey);

        await grain.AsReference<IProcessInstanceFollowUps>().CheckBufferedMessagesAsync();
        var view = await AfterFollowUpsAsync(grain);

        Assert.Equal("wait", Assert.Single(view.ActiveElementIds));
        Assert.Equal([stray.BufferId], (await _buffer.CandidatesAsync("documents-unbuffered", businessKey, instanceId)).Select(m => m.BufferId));
    }

    [Fact(DisplayName = "R55: a claim left by an interrupted activation is marked delivered when the instance took it, else given back")]
    public async Task Claims_left_behind_are_settled_on_the_next_turn()
    {
        var key = InstanceProcesses.NewKey();
        var businessKey = "BK-" + key;
        await _kit.DeployAndPublishAsync(key, Process(key, InstanceClusterFixture.BufferedMessageName, timer: false));
        var (grain, instanceId) = await StartAsync(key, businessKey);
        await AfterFollowUpsAsync(grain);
        var taken = await _buffer.BufferAsync(Held(businessKey, TimeSpan.FromHours(1), "{}", "taken-" + key));
        var stranded = await _buffer.BufferAsync(Held(businessKey, TimeSpan.FromHours(1), "{}", "stranded-" + key));
        var now = InstanceClusterFixture.Clock.GetUtcNow();
        Assert.True(await _buffer.TryClaimAsync(taken.BufferId, instanceId, now));
        Assert.True(await _buffer.TryClaimAsync(stranded.BufferId, instanceId, now));

        // The instance took the first (its step committed) but the activation ended before it marked the row.
        Assert.Null((await grain.CorrelateMessageAsync(InstanceClusterFixture.BufferedMessageName, null, "message:" + taken.MessageId)).Error);
        await grain.Cast<Orleans.Core.Internal.IGrainManagementExtension>().DeactivateOnIdle();
        await InstanceTestKit.WakeAsync(grain);
        await AfterFollowUpsAsync(grain);

        Assert.Equal((BufferedMessageStates.Delivered, instanceId), ((await _buffer.FindByMessageIdAsync(taken.MessageId!))!.State, (await _buffer.FindByMessageIdAsync(taken.MessageId!))!.InstanceId));
        var released = await _buffer.FindByMessageIdAsync(stranded.MessageId!);
        Assert.Equal((BufferedMessageStates.Waiting, (string?)null), (released!.State, released.InstanceId));
    }
}
