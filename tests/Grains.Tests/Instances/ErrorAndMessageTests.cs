using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>BPMN errors, escalations and message correlation through the instance grain (R41, R43, R53, R57, R60).</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class ErrorAndMessageTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    /// <summary>start → check (external job, error boundary E_REJECTED → Rejected) → Review (message boundary, escalation boundary) → wait (receive) → end.</summary>
    private static string Process(string key) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:error id="rejected" errorCode="E_REJECTED" />
          <bpmn:escalation id="late" escalationCode="ESC_LATE" />
          <bpmn:message id="docs" name="documents-received" />
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
            <bpmn:serviceTask id="check" camunda:type="external" camunda:topic="registry.check" />
            <bpmn:boundaryEvent id="onRejected" attachedToRef="check"><bpmn:errorEventDefinition errorRef="rejected" camunda:errorCodeVariable="code" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="onRejected" targetRef="Review" />
            <bpmn:sequenceFlow id="f3" sourceRef="check" targetRef="Review" />
            <bpmn:userTask id="Review" name="Review" camunda:candidateGroups="caseworker" />
            <bpmn:boundaryEvent id="onLate" attachedToRef="Review" cancelActivity="false"><bpmn:escalationEventDefinition escalationRef="late" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f4" sourceRef="onLate" targetRef="lateEnd" />
            <bpmn:endEvent id="lateEnd" />
            <bpmn:sequenceFlow id="f5" sourceRef="Review" targetRef="wait" />
            <bpmn:receiveTask id="wait" messageRef="docs" />
            <bpmn:sequenceFlow id="f6" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact(DisplayName = "A job error, task error and escalation, and a message each run as one step through the grain")]
    public async Task Errors_escalations_and_messages_through_the_grain()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, Process(key));
        var (grain, started) = await _kit.StartAsync(key);
        var job = Assert.Single(started.Jobs);

        var caught = await grain.ThrowJobErrorAsync(job.JobId, "E_REJECTED", "not eligible", """{"score":2}""", InstanceTestKit.NewCommandId());
        Assert.Null(caught.Error);
        Assert.Empty(caught.Instance!.Jobs);
        var task = Assert.Single(caught.Instance.Tasks);
        var variables = JsonDocument.Parse(caught.Instance.VariablesJson).RootElement;
        Assert.Equal("E_REJECTED", variables.GetProperty("code").GetString());
        Assert.Equal(2, variables.GetProperty("score").GetInt32());

        var notCaught = await grain.RaiseTaskErrorAsync(task.TaskId, "E_OTHER", null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        Assert.Equal(InstanceErrorCodes.ErrorNotCaught, notCaught.Error?.Code);

        var escalated = await grain.EscalateTaskAsync(task.TaskId, "ESC_LATE", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        Assert.Null(escalated.Error);
        Assert.Single(escalated.Instance!.Tasks);

        var early = await grain.CorrelateMessageAsync("documents-received", null, "msg-early-" + key);
        Assert.Equal(InstanceErrorCodes.MessageNotCorrelated, early.Error?.Code);

        var completed = await grain.CompleteTaskAsync(task.TaskId, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        Assert.Null(completed.Error);
        Assert.Empty(completed.Instance!.Tasks);

        var messageId = "msg-" + key;
        var delivered = await grain.CorrelateMessageAsync("documents-received", """{"pages":3}""", messageId);
        var repeated = await grain.CorrelateMessageAsync("documents-received", """{"pages":3}""", messageId);

        Assert.Null(delivered.Error);
        Assert.Null(repeated.Error);
        Assert.Equal("completed", delivered.Instance!.Status, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(3, JsonDocument.Parse(delivered.Instance.VariablesJson).RootElement.GetProperty("pages").GetInt32());
    }

    [Fact(DisplayName = "A handler's BPMN error is caught by the task's boundary with no retry and no incident (R41b)")]
    public async Task Handler_bpmn_error_takes_the_boundary()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, Process(key).Replace("registry.check", RejectingHandler.HandledTopic, StringComparison.Ordinal));

        var (grain, _) = await _kit.StartAsync(key);
        var view = await InstanceTestKit.WaitUntilAsync(grain, v => v.Tasks.Length == 1);

        Assert.Equal(["Review"], view.Tasks.Select(t => t.ElementId));
        Assert.Empty(view.Jobs);
        Assert.Empty(view.Incidents);
        Assert.Equal(RejectingHandler.ErrorCode, JsonDocument.Parse(view.VariablesJson).RootElement.GetProperty("code").GetString());
    }
}
