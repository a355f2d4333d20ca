using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;
using Orleans.Core.Internal;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Call activities between instance grains (R45–R47): the child starts, reports back once, and is cancelled with its call.</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class CallActivityGrainTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    private async Task<(IProcessInstanceGrain Parent, IProcessInstanceGrain Child, string ChildId)> StartCallAsync(string childKey)
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.CallsChild(key, childKey));
        var (parent, _) = await _kit.StartAsync(key, """{"applicant":"张三","hidden":"not passed"}""");
        var waiting = await InstanceTestKit.WaitUntilAsync(parent, v => v.Calls.Length == 1);
        var childId = Assert.Single(waiting.Calls).ChildInstanceId;
        return (parent, fixture.Grains.GetGrain<IProcessInstanceGrain>(childId), childId);
    }

    [Fact(DisplayName = "R46a: the child starts with the mapped inputs and the person link; its completion returns the mapped output once")]
    public async Task Child_runs_and_reports_back()
    {
        var childKey = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(childKey, InstanceProcesses.OneTask(childKey));
        var (parent, child, childId) = await StartCallAsync(childKey);

        var running = await InstanceTestKit.WaitUntilAsync(child, v => v.Tasks.Length == 1);
        var inputs = JsonDocument.Parse(running.VariablesJson).RootElement;
        Assert.Equal("张三", inputs.GetProperty("applicant").GetString());
        Assert.False(inputs.TryGetProperty("hidden", out _));
        Assert.Equal(("P0001", "PET-1"), (running.PersonId, running.PetitionId));
        Assert.Equal(parent.GetPrimaryKeyString(), running.ParentInstanceId);

        await child.CompleteTaskAsync(running.Tasks[0].TaskId, """{"grade":2}""", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        var after = await InstanceTestKit.WaitUntilAsync(parent, v => v.Tasks.Length == 1);

        Assert.Equal(["After"], after.Tasks.Select(t => t.ElementId));
        Assert.Empty(after.Calls);
        Assert.Equal(2, JsonDocument.Parse(after.VariablesJson).RootElement.GetProperty("grade").GetInt32());
        Assert.Equal("completed", (await child.GetAsync()).Instance!.Status);
    }

    [Fact(DisplayName = "R45a: a called key with no published version parks the call; once published, a retry runs a new child")]
    public async Task Called_key_not_found_then_retried()
    {
        var childKey = InstanceProcesses.NewKey();
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.CallsChild(key, childKey));
        var (parent, _) = await _kit.StartAsync(key, """{"applicant":"李四"}""");

        var parked = await InstanceTestKit.WaitUntilAsync(parent, v => v.Incidents.Length == 1);
        var incident = Assert.Single(parked.Incidents);
        Assert.Equal("CalledElementNotFound", incident.Type);
        Assert.Empty(parked.Calls);

        await _kit.DeployAndPublishAsync(childKey, InstanceProcesses.OneTask(childKey));
        await parent.RetryIncidentAsync(incident.IncidentId, null, "operator-1", InstanceTestKit.NewCommandId());
        var waiting = await InstanceTestKit.WaitUntilAsync(parent, v => v.Calls.Length == 1);
        var child = fixture.Grains.GetGrain<IProcessInstanceGrain>(Assert.Single(waiting.Calls).ChildInstanceId);

        var running = await InstanceTestKit.WaitUntilAsync(child, v => v.Tasks.Length == 1);
        Assert.Equal("active", running.Status);
        Assert.Empty(waiting.Incidents);
    }

    [Fact(DisplayName = "R47a: an interrupting boundary on the call cancels the child; the child's late news changes nothing")]
    public async Task Boundary_cancels_the_child()
    {
        var childKey = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(childKey, InstanceProcesses.OneTask(childKey));
        var (parent, child, _) = await StartCallAsync(childKey);
        await InstanceTestKit.WaitUntilAsync(child, v => v.Tasks.Length == 1);

        InstanceClusterFixture.Clock.Advance(TimeSpan.FromHours(1));
        await InstanceTestKit.WakeAsync(parent);
        var late = await InstanceTestKit.WaitUntilAsync(parent, v => v.Tasks.Any(t => t.ElementId == "Late"));
        var cancelled = await InstanceTestKit.WaitUntilAsync(child, v => v.Status == "cancelled");

        Assert.Equal(["Late"], late.Tasks.Select(t => t.ElementId));
        Assert.Empty(late.Calls);
        Assert.Equal("cancelled", cancelled.Status);
        Assert.Empty(cancelled.Tasks);
        Assert.Empty((await parent.GetAsync()).Instance!.Incidents);
    }

    [Fact(DisplayName = "R47: an operator cancelling the child parks the call in ChildCancelled")]
    public async Task Child_cancelled_directly_parks_the_call()
    {
        var childKey = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(childKey, InstanceProcesses.OneTask(childKey));
        var (parent, child, _) = await StartCallAsync(childKey);
        await InstanceTestKit.WaitUntilAsync(child, v => v.Tasks.Length == 1);

        await child.CancelAsync("registered twice", "operator-1", InstanceTestKit.NewCommandId());
        var parked = await InstanceTestKit.WaitUntilAsync(parent, v => v.Incidents.Length == 1);

        Assert.Equal("ChildCancelled", Assert.Single(parked.Incidents).Type);
        Assert.Empty(parked.Tasks);
    }

    [Fact(DisplayName = "R47: a child's end reaches its parent even when the parent was deactivated, and the call completes once")]
    public async Task Parent_finds_an_ended_child_after_deactivation()
    {
        var childKey = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(childKey, InstanceProcesses.OneTask(childKey));
        var (parent, child, _) = await StartCallAsync(childKey);
        var running = await InstanceTestKit.WaitUntilAsync(child, v => v.Tasks.Length == 1);

        await child.CompleteTaskAsync(running.Tasks[0].TaskId, """{"grade":3}""", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        await parent.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var after = await InstanceTestKit.WaitUntilAsync(parent, v => v.Tasks.Length == 1);

        Assert.Equal(["After"], after.Tasks.Select(t => t.ElementId));
        Assert.Equal(3, JsonDocument.Parse(after.VariablesJson).RootElement.GetProperty("grade").GetInt32());
        Assert.Single((await parent.GetHistoryAsync()).Entries, e => e.Kind == InstanceHistoryKinds.TaskCreated && e.ElementId == "After");
    }

    [Fact(DisplayName = "R41c: an error the child does not catch is caught at the caller's call activity, and the child is cancelled")]
    public async Task Child_error_is_caught_at_the_call()
    {
        var childKey = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(childKey, InstanceProcesses.ThrowsWhenRejected(childKey));
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.CallsChildCatchingRejection(key, childKey));
        var (parent, _) = await _kit.StartAsync(key);
        var waiting = await InstanceTestKit.WaitUntilAsync(parent, v => v.Calls.Length == 1);
        var child = fixture.Grains.GetGrain<IProcessInstanceGrain>(Assert.Single(waiting.Calls).ChildInstanceId);
        var review = await InstanceTestKit.WaitUntilAsync(child, v => v.Tasks.Length == 1);

        await child.CompleteTaskAsync(review.Tasks[0].TaskId, """{"reject":true}""", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        var redo = await InstanceTestKit.WaitUntilAsync(parent, v => v.Tasks.Length == 1);
        var cancelled = await InstanceTestKit.WaitUntilAsync(child, v => v.Status == "cancelled");

        Assert.Equal(["Redo"], redo.Tasks.Select(t => t.ElementId));
        Assert.Empty(redo.Calls);
        Assert.Empty(redo.Incidents);
        Assert.Equal("cancelled", cancelled.Status);
        Assert.Empty(cancelled.Incidents);
    }
}
