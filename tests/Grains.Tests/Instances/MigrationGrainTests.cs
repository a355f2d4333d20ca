using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Migration through the grain (R84): dry run, refusal, and a migrated instance that runs on the new version.</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class MigrationGrainTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    private static MigrateProcessInstance Plan(bool dryRun, int sourceVersion = 1, params MigrationMapping[] mappings) =>
        new(sourceVersion, 2, [.. mappings], null, dryRun, "supervisor", InstanceTestKit.NewCommandId());

    [Fact(DisplayName = "A dry run reports version 2 and stores nothing; the real run moves the instance, which then follows version 2")]
    public async Task Migrate_and_continue_on_the_new_version()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key));
        var (grain, started) = await _kit.StartAsync(key);
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.TwoTasks(key));
        var mapping = new MigrationMapping("Task_1", "Task_1");

        var dry = await grain.MigrateAsync(Plan(dryRun: true, 1, mapping));
        var stillV1 = (await grain.GetAsync()).Instance!;
        var migrated = await grain.MigrateAsync(Plan(dryRun: false, 1, mapping));
        var completed = await grain.CompleteTaskAsync(started.Tasks[0].TaskId, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());

        Assert.Equal((2, 1, 2), (dry.Instance!.ProcessVersion, stillV1.ProcessVersion, migrated.Instance!.ProcessVersion));
        Assert.Equal(started.Tasks[0].TaskId, migrated.Instance.Tasks[0].TaskId);
        Assert.Equal(["Task_2"], completed.Instance!.Tasks.Select(t => t.ElementId));
        var entry = Assert.Single((await grain.GetHistoryAsync()).Entries, e => e.Kind == InstanceHistoryKinds.Migrated);
        Assert.Equal(("supervisor", "from v1 to v2 with 1 element mappings"), (entry.Actor, entry.Detail));
    }

    [Fact(DisplayName = "An unmapped live element or a wrong source version is MigrationInvalid and leaves the instance on version 1")]
    public async Task Refusals_change_nothing()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key));
        var (grain, _) = await _kit.StartAsync(key);
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.TwoTasks(key));

        var unmapped = await grain.MigrateAsync(Plan(dryRun: false, 1, new MigrationMapping("end", "end")));
        var wrongSource = await grain.MigrateAsync(Plan(dryRun: false, 2, new MigrationMapping("Task_1", "Task_1")));

        Assert.Equal(InstanceErrorCodes.MigrationInvalid, unmapped.Error?.Code);
        Assert.Contains("'Task_1'", unmapped.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(InstanceErrorCodes.MigrationInvalid, wrongSource.Error?.Code);
        Assert.Equal(1, (await grain.GetAsync()).Instance!.ProcessVersion);
    }

    /// <summary>
    /// v1: start → Task_1 (message boundary Withdrawn_1 → end) → Wait_1 (receive) → end.
    /// v2: start → Task_1 (message boundary Recalled → Chase) → Await (receive) → Review → end.
    /// </summary>
    private static string WithMessages(string key, int version) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:message id="docs" name="documents-received" />
          <bpmn:message id="withdraw" name="application-withdrawn" />
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Task_1" />
            <bpmn:userTask id="Task_1" name="Task_1" camunda:candidateGroups="caseworker" />
            {(version == 1
                ? """
                  <bpmn:boundaryEvent id="Withdrawn_1" attachedToRef="Task_1"><bpmn:messageEventDefinition messageRef="withdraw" /></bpmn:boundaryEvent>
                  <bpmn:sequenceFlow id="f3" sourceRef="Withdrawn_1" targetRef="end" />
                  <bpmn:sequenceFlow id="f2" sourceRef="Task_1" targetRef="Wait_1" />
                  <bpmn:receiveTask id="Wait_1" messageRef="docs" />
                  <bpmn:sequenceFlow id="f4" sourceRef="Wait_1" targetRef="end" />
                  """
                : """
                  <bpmn:boundaryEvent id="Recalled" attachedToRef="Task_1"><bpmn:messageEventDefinition messageRef="withdraw" /></bpmn:boundaryEvent>
                  <bpmn:sequenceFlow id="f3" sourceRef="Recalled" targetRef="Chase" />
                  <bpmn:userTask id="Chase" name="Chase" camunda:candidateGroups="caseworker" />
                  <bpmn:sequenceFlow id="f5" sourceRef="Chase" targetRef="end" />
                  <bpmn:sequenceFlow id="f2" sourceRef="Task_1" targetRef="Await" />
                  <bpmn:receiveTask id="Await" messageRef="docs" />
                  <bpmn:sequenceFlow id="f4" sourceRef="Await" targetRef="Review" />
                  <bpmn:userTask id="Review" name="Review" camunda:candidateGroups="caseworker" />
                  <bpmn:sequenceFlow id="f6" sourceRef="Review" targetRef="end" />
                  """)}
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact(DisplayName = "R84: after migration a message reaches the receive task and the message boundary under their target element ids")]
    public async Task Migrated_subscriptions_take_messages_on_the_target_elements()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, WithMessages(key, 1));
        var (receiving, receivingStart) = await _kit.StartAsync(key);
        await receiving.CompleteTaskAsync(receivingStart.Tasks[0].TaskId, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        var (guarded, _) = await _kit.StartAsync(key);
        await _kit.DeployAndPublishAsync(key, WithMessages(key, 2));
        MigrationMapping[] mappings = [new("Task_1", "Task_1"), new("Withdrawn_1", "Recalled"), new("Wait_1", "Await")];

        var receivingMigrated = await receiving.MigrateAsync(Plan(dryRun: false, 1, mappings));
        var guardedMigrated = await guarded.MigrateAsync(Plan(dryRun: false, 1, mappings));
        var documents = await receiving.CorrelateMessageAsync("documents-received", null, "msg-docs-" + key);
        var withdrawn = await guarded.CorrelateMessageAsync("application-withdrawn", null, "msg-withdrawn-" + key);

        Assert.Equal((null, null), (receivingMigrated.Error, guardedMigrated.Error));
        Assert.Equal(["Await"], receivingMigrated.Instance!.ActiveElementIds.ToArray());
        Assert.Null(documents.Error);
        Assert.Equal(["Review"], documents.Instance!.Tasks.Select(t => t.ElementId));
        Assert.Null(withdrawn.Error);
        Assert.Equal(["Chase"], withdrawn.Instance!.Tasks.Select(t => t.ElementId));
    }
}
