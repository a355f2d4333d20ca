using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>The checklist rows of BPMN.md that only a grain can show: versions (R80, R81) and racing messages (R57).</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class VersionAndRaceRulesTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    private IProcessDefinitionGrain Definition(string key) => fixture.Grains.GetGrain<IProcessDefinitionGrain>(key);

    /// <summary>start → wait (receive task for <c>documents-received</c>) → end.</summary>
    private static string WaitsForDocuments(string key) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:message id="docs" name="documents-received" />
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:receiveTask id="wait" messageRef="docs" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact(DisplayName = "R80a: a changed file is version 2 and a running version 1 instance stays on version 1 to its end")]
    public async Task R80a_new_version_leaves_running_instances_on_theirs()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key));
        var (grain, started) = await _kit.StartAsync(key);

        var v2 = await Definition(key).DeployAsync(new DeployProcess("modeler-1", InstanceProcesses.TwoTasks(key)));
        await Definition(key).PublishAsync(v2.Version!.Version, "modeler-1");
        var done = await grain.CompleteTaskAsync(started.Tasks[0].TaskId, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        var (_, newer) = await _kit.StartAsync(key);

        Assert.Equal(2, v2.Version.Version);
        Assert.Equal((1, "completed"), (done.Instance!.ProcessVersion, done.Instance.Status));
        Assert.Equal(2, newer.ProcessVersion);
    }

    [Fact(DisplayName = "R80b: deploying identical bytes again creates no version and is flagged unchanged")]
    public async Task R80b_identical_deploy_is_unchanged()
    {
        var key = InstanceProcesses.NewKey();
        var first = await Definition(key).DeployAsync(new DeployProcess("modeler-1", InstanceProcesses.OneTask(key)));
        var again = await Definition(key).DeployAsync(new DeployProcess("modeler-2", InstanceProcesses.OneTask(key)));

        Assert.False(first.Unchanged);
        Assert.True(again.Unchanged);
        Assert.Equal(1, again.Version!.Version);
        Assert.Equal([1], (await Definition(key).GetVersionsAsync()).Versions.Select(v => v.Version));
    }

    [Fact(DisplayName = "R81a: with v1 published and v2 a draft, start by key runs v1 and starting v2 is VersionNotStartable")]
    public async Task R81a_start_uses_the_published_version()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key));
        await Definition(key).DeployAsync(new DeployProcess("modeler-1", InstanceProcesses.TwoTasks(key)));

        var (_, byKey) = await _kit.StartAsync(key);
        var draft = await _kit.NewInstance(out _).StartAsync(InstanceTestKit.Start(key, version: 2));

        Assert.Equal(1, byKey.ProcessVersion);
        Assert.Equal(InstanceErrorCodes.VersionNotStartable, draft.Error?.Code);
    }

    [Fact(DisplayName = "R57a: two concurrent correlations for one subscription deliver exactly one; the other is MessageNotCorrelated")]
    public async Task R57a_racing_messages_deliver_once()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, WaitsForDocuments(key));
        var (grain, _) = await _kit.StartAsync(key);

        var results = await Task.WhenAll(
            grain.CorrelateMessageAsync("documents-received", """{"from":"first"}""", "race-a-" + key),
            grain.CorrelateMessageAsync("documents-received", """{"from":"second"}""", "race-b-" + key));

        Assert.Single(results, r => r.Error is null);
        Assert.Equal(InstanceErrorCodes.MessageNotCorrelated, Assert.Single(results, r => r.Error is not null).Error!.Code);
        var history = (await grain.GetHistoryAsync()).Entries;
        Assert.Single(history, e => e.Kind == InstanceHistoryKinds.MessageCorrelated);
        Assert.Equal("completed", (await grain.GetAsync()).Instance!.Status);
    }
}
