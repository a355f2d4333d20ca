using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Escalations across call activities between instance grains (R43, R44, R47).</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class CallEscalationGrainTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    /// <summary>Starts <paramref name="key"/> and returns the child its call started.</summary>
    private async Task<(IProcessInstanceGrain Parent, IProcessInstanceGrain Child)> StartCallerAsync(string key)
    {
        var (parent, _) = await _kit.StartAsync(key);
        return (parent, await ChildOfAsync(parent));
    }

    private async Task<IProcessInstanceGrain> ChildOfAsync(IProcessInstanceGrain parent)
    {
        var waiting = await InstanceTestKit.WaitUntilAsync(parent, v => v.Calls.Length == 1);
        return fixture.Grains.GetGrain<IProcessInstanceGrain>(Assert.Single(waiting.Calls).ChildInstanceId);
    }

    private static async Task CompleteOnlyTaskAsync(IProcessInstanceGrain grain, string elementId)
    {
        var view = await InstanceTestKit.WaitUntilAsync(grain, v => v.Tasks.Any(t => t.ElementId == elementId));
        var completed = await grain.CompleteTaskAsync(Assert.Single(view.Tasks).TaskId, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        Assert.Null(completed.Error);
    }

    private static async Task<IEnumerable<string>> HistoryKindsAsync(IProcessInstanceGrain grain) =>
        (await grain.GetHistoryAsync()).Entries.Select(e => e.Kind);

    private async Task<string> DeployEscalatingChildAsync()
    {
        var childKey = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(childKey, InstanceProcesses.EscalatesAfterReview(childKey));
        return childKey;
    }

    [Fact(DisplayName = "R43: a non-interrupting catch at the call starts the boundary path while the child goes on, and both paths finish")]
    public async Task Non_interrupting_escalation_runs_both_paths()
    {
        var childKey = await DeployEscalatingChildAsync();
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.CallsChildCatchingHelp(key, childKey, interrupting: false));
        var (parent, child) = await StartCallerAsync(key);

        await CompleteOnlyTaskAsync(child, "Review");
        var helped = await InstanceTestKit.WaitUntilAsync(parent, v => v.Tasks.Any(t => t.ElementId == "Help"));
        var going = await InstanceTestKit.WaitUntilAsync(child, v => v.Tasks.Any(t => t.ElementId == "Finish") && v.EscalationsForCaller == 0);

        Assert.Equal(["Help"], helped.Tasks.Select(t => t.ElementId));
        Assert.Single(helped.Calls);
        Assert.Equal("NEED_HELP", JsonDocument.Parse(helped.VariablesJson).RootElement.GetProperty("helpCode").GetString());
        Assert.Equal(("active", 0), (going.Status, going.EscalationsForCaller));
        Assert.Contains(InstanceHistoryKinds.EscalationPassedToCaller, await HistoryKindsAsync(child));
        Assert.Contains(InstanceHistoryKinds.EscalationCaught, await HistoryKindsAsync(parent));

        await CompleteOnlyTaskAsync(child, "Finish");
        var after = await InstanceTestKit.WaitUntilAsync(parent, v => v.Tasks.Length == 2);

        Assert.Equal(["Help", "After"], after.Tasks.Select(t => t.ElementId));
        Assert.Empty(after.Calls);
        Assert.Equal("completed", (await child.GetAsync()).Instance!.Status);
    }

    [Fact(DisplayName = "R43: a child ending in an escalation end hands its escalation over before its end, so the caller takes both")]
    public async Task Escalation_end_reaches_the_caller_before_the_childs_end()
    {
        var childKey = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(childKey, InstanceProcesses.EscalatesAtEnd(childKey));
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.CallsChildCatchingHelp(key, childKey, interrupting: false));
        var (parent, child) = await StartCallerAsync(key);

        await CompleteOnlyTaskAsync(child, "Review");
        var after = await InstanceTestKit.WaitUntilAsync(parent, v => v.Tasks.Length == 2);

        Assert.Equal(["Help", "After"], after.Tasks.Select(t => t.ElementId));
        Assert.Empty(after.Calls);
        Assert.Equal("completed", (await child.GetAsync()).Instance!.Status);
    }

    [Fact(DisplayName = "R43, R47: an interrupting catch at the call cancels the child that escalated")]
    public async Task Interrupting_escalation_cancels_the_child()
    {
        var childKey = await DeployEscalatingChildAsync();
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.CallsChildCatchingHelp(key, childKey, interrupting: true));
        var (parent, child) = await StartCallerAsync(key);

        await CompleteOnlyTaskAsync(child, "Review");
        var helped = await InstanceTestKit.WaitUntilAsync(parent, v => v.Tasks.Any(t => t.ElementId == "Help"));
        var cancelled = await InstanceTestKit.WaitUntilAsync(child, v => v.Status == "cancelled");

        Assert.Equal(["Help"], helped.Tasks.Select(t => t.ElementId));
        Assert.Empty(helped.Calls);
        Assert.Empty(helped.Incidents);
        Assert.Equal("cancelled", cancelled.Status);
        Assert.Empty(cancelled.Tasks);
        Assert.Contains(InstanceHistoryKinds.CallCancelled, await HistoryKindsAsync(parent));
    }

    [Fact(DisplayName = "R43, R47: an escalation the middle caller does not catch goes up, and a catch at the top cancels the middle and its child")]
    public async Task Escalation_crosses_two_calls()
    {
        var childKey = await DeployEscalatingChildAsync();
        var middleKey = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(middleKey, InstanceProcesses.CallsChild(middleKey, childKey));
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.CallsChildCatchingHelp(key, middleKey, interrupting: true));
        var (top, middle) = await StartCallerAsync(key);
        var child = await ChildOfAsync(middle);

        await CompleteOnlyTaskAsync(child, "Review");
        var helped = await InstanceTestKit.WaitUntilAsync(top, v => v.Tasks.Any(t => t.ElementId == "Help"));
        var middleEnded = await InstanceTestKit.WaitUntilAsync(middle, v => v.Status == "cancelled");
        var childEnded = await InstanceTestKit.WaitUntilAsync(child, v => v.Status == "cancelled");

        Assert.Equal(["Help"], helped.Tasks.Select(t => t.ElementId));
        Assert.Equal(("cancelled", "cancelled"), (middleEnded.Status, childEnded.Status));
        Assert.Contains((await middle.GetHistoryAsync()).Entries, e => e.Kind == InstanceHistoryKinds.EscalationPassedToCaller && e.ElementId == "Call");
    }

    [Fact(DisplayName = "R44: an escalation no caller catches is recorded at the top, without an incident, and the child goes on")]
    public async Task Uncaught_escalation_is_recorded_at_the_top()
    {
        var childKey = await DeployEscalatingChildAsync();
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.CallsChild(key, childKey));
        var (parent, child) = await StartCallerAsync(key);

        await CompleteOnlyTaskAsync(child, "Review");
        var going = await InstanceTestKit.WaitUntilAsync(child, v => v.Tasks.Any(t => t.ElementId == "Finish") && v.EscalationsForCaller == 0);
        var history = (await parent.GetHistoryAsync()).Entries; // the child crosses it off only once the parent has stored its step

        Assert.Equal(0, going.EscalationsForCaller);
        Assert.Contains(history, e => e.Kind == InstanceHistoryKinds.EscalationNotCaught && e.ElementId == "Call" && e.Detail == "NEED_HELP");
        var view = (await parent.GetAsync()).Instance!;
        Assert.Single(view.Calls);
        Assert.Empty(view.Incidents);
        Assert.Empty(view.Tasks);
    }
}
