using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Every <see cref="IProcessInstanceGrain"/> method through a real cluster, so each one's serialisation is exercised.</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class ProcessInstanceGrainTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    [Fact(DisplayName = "Start → user task → complete → completed; the view carries links, task and variables")]
    public async Task Start_task_complete_completes()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key));

        var (grain, started) = await _kit.StartAsync(key, """{"applicant":"x","count":2}""");

        Assert.Equal(key, started.ProcessKey);
        Assert.Equal(1, started.ProcessVersion);
        Assert.Equal("active", started.Status);
        Assert.Equal("bk-1", started.BusinessKey);
        Assert.Equal("P0001", started.PersonId);
        Assert.Equal("PET-1", started.PetitionId);
        Assert.Equal(["Task_1"], started.ActiveElementIds.ToArray());
        var task = Assert.Single(started.Tasks);
        Assert.Equal("Task_1", task.Name);
        Assert.Equal(["caseworker"], task.CandidateGroups.ToArray());
        Assert.Equal(2, JsonDocument.Parse(started.VariablesJson).RootElement.GetProperty("count").GetInt32());

        var completed = await grain.CompleteTaskAsync(task.TaskId, """{"approved":true}""", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());

        Assert.Null(completed.Error);
        Assert.Equal("completed", completed.Instance!.Status);
        Assert.Empty(completed.Instance.Tasks);
        Assert.Empty(completed.Instance.ActiveElementIds);
        Assert.NotNull(completed.Instance.EndedAt);
        Assert.True(JsonDocument.Parse(completed.Instance.VariablesJson).RootElement.GetProperty("approved").GetBoolean());
        Assert.Equal("completed", (await grain.GetAsync()).Instance!.Status);
    }

    [Fact(DisplayName = "A completed task completed again gets TaskNotActive; a repeated command id replays; an ended instance refuses commands")]
    public async Task Stale_and_repeated_commands()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.TwoTasks(key));
        var (grain, started) = await _kit.StartAsync(key);
        var taskId = started.Tasks[0].TaskId;
        var commandId = InstanceTestKit.NewCommandId();

        var first = await grain.CompleteTaskAsync(taskId, null, InstanceTestKit.Actor, commandId);
        var replay = await grain.CompleteTaskAsync(taskId, null, InstanceTestKit.Actor, commandId);
        var stale = await grain.CompleteTaskAsync(taskId, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        var secondTask = first.Instance!.Tasks[0].TaskId;
        await grain.CompleteTaskAsync(secondTask, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        var afterEnd = await grain.CompleteTaskAsync(secondTask, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        var cancel = await grain.CancelAsync("too late", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());

        Assert.Null(first.Error);
        Assert.Null(replay.Error);
        Assert.Equal(["Task_2"], replay.Instance!.Tasks.Select(t => t.ElementId));
        Assert.Equal(InstanceErrorCodes.TaskNotActive, stale.Error?.Code);
        Assert.Equal(409, InstanceErrorCodes.HttpStatusOf(stale.Error!.Code));
        Assert.Equal(InstanceErrorCodes.InstanceNotActive, afterEnd.Error?.Code);
        Assert.Equal(InstanceErrorCodes.InstanceNotActive, cancel.Error?.Code);
    }

    [Fact(DisplayName = "A repeated start with the same command id reports the instance; a different one gets InstanceAlreadyStarted")]
    public async Task Repeated_start()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key));
        var grain = _kit.NewInstance(out var id);
        var command = InstanceTestKit.Start(key);

        var first = await grain.StartAsync(command);
        var again = await grain.StartAsync(command);
        var other = await grain.StartAsync(InstanceTestKit.Start(key));

        Assert.Equal(id, first.Instance?.InstanceId);
        Assert.Equal(first.Instance!.Tasks[0].TaskId, again.Instance?.Tasks[0].TaskId);
        Assert.Equal(InstanceErrorCodes.InstanceAlreadyStarted, other.Error?.Code);
    }

    [Fact(DisplayName = "A parallel split opens two tasks; the join completes the instance only after both")]
    public async Task Parallel_split_and_join()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.Parallel(key));
        var (grain, started) = await _kit.StartAsync(key);
        Assert.Equal(["Task_A", "Task_B"], started.Tasks.Select(t => t.ElementId));

        var afterA = await grain.CompleteTaskAsync(started.Tasks[0].TaskId, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        Assert.Equal("active", afterA.Instance!.Status);
        Assert.Equal(["Task_B"], afterA.Instance.Tasks.Select(t => t.ElementId));

        var afterB = await grain.CompleteTaskAsync(started.Tasks[1].TaskId, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        Assert.Equal("completed", afterB.Instance!.Status);
    }

    [Fact(DisplayName = "R59a: two concurrent completions of one task: exactly one succeeds, the other gets TaskNotActive, one next task")]
    public async Task R59a_concurrent_completions()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.TwoTasks(key));
        var (grain, started) = await _kit.StartAsync(key);
        var taskId = started.Tasks[0].TaskId;

        var results = await Task.WhenAll(
            grain.CompleteTaskAsync(taskId, """{"by":"a"}""", "alice", InstanceTestKit.NewCommandId()),
            grain.CompleteTaskAsync(taskId, """{"by":"b"}""", "bob", InstanceTestKit.NewCommandId()));

        Assert.Single(results, r => r.Error is null);
        Assert.Single(results, r => r.Error?.Code == InstanceErrorCodes.TaskNotActive);
        var view = (await grain.GetAsync()).Instance!;
        Assert.Equal(["Task_2"], view.Tasks.Select(t => t.ElementId));
        Assert.Equal(["Task_2"], view.ActiveElementIds.ToArray());
    }

    [Fact(DisplayName = "Cancel needs a reason and then ends the instance as cancelled")]
    public async Task Cancel()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key));
        var (grain, _) = await _kit.StartAsync(key);

        var noReason = await grain.CancelAsync(" ", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        var cancelled = await grain.CancelAsync("applicant withdrew", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());

        Assert.Equal(InstanceErrorCodes.ReasonRequired, noReason.Error?.Code);
        Assert.Equal("cancelled", cancelled.Instance?.Status);
        Assert.Empty(cancelled.Instance!.Tasks);
    }

    [Fact(DisplayName = "History records start, task and end with actors and reasons, numbered in order, and carries the jurisdiction")]
    public async Task History()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key));
        var grain = _kit.NewInstance(out _);
        Assert.Equal(InstanceErrorCodes.InstanceNotFound, (await grain.GetHistoryAsync()).Error?.Code);

        var started = await grain.StartAsync(InstanceTestKit.Start(key) with { JurisdictionCode = "610921.01.001" });
        await grain.CancelAsync("applicant withdrew", "supervisor-1", InstanceTestKit.NewCommandId());
        var history = await grain.GetHistoryAsync();

        Assert.Equal("610921.01.001", started.Instance?.JurisdictionCode);
        Assert.Null(history.Error);
        Assert.Equal(
            [InstanceHistoryKinds.Started, InstanceHistoryKinds.TaskCreated, InstanceHistoryKinds.TaskCancelled, InstanceHistoryKinds.Cancelled],
            history.Entries.Select(e => e.Kind).ToArray());
        Assert.Equal([1, 2, 3, 4], history.Entries.Select(e => e.Sequence).ToArray());
        Assert.Equal(InstanceTestKit.Actor, history.Entries[0].Actor);
        Assert.Equal("Task_1", history.Entries[1].ElementId);
        Assert.Equal(started.Instance!.Tasks[0].TaskId, history.Entries[2].TaskId);
        Assert.Equal(("supervisor-1", "applicant withdrew"), (history.Entries[3].Actor, history.Entries[3].Detail));
    }

    [Fact(DisplayName = "An unknown key gets ProcessNotFound; a draft, retired or missing version cannot be started")]
    public async Task Start_refusals()
    {
        var unknown = await _kit.NewInstance(out _).StartAsync(InstanceTestKit.Start(InstanceProcesses.NewKey()));
        Assert.Equal(InstanceErrorCodes.ProcessNotFound, unknown.Error?.Code);

        var key = InstanceProcesses.NewKey();
        var definition = fixture.Grains.GetGrain<IProcessDefinitionGrain>(key);
        await definition.DeployAsync(new DeployProcess("modeler-1", InstanceProcesses.OneTask(key)));

        var draftOnly = await _kit.NewInstance(out _).StartAsync(InstanceTestKit.Start(key));
        var draftByVersion = await _kit.NewInstance(out _).StartAsync(InstanceTestKit.Start(key, version: 1));
        var missingVersion = await _kit.NewInstance(out _).StartAsync(InstanceTestKit.Start(key, version: 7));
        await definition.PublishAsync(1, "modeler-1");
        await definition.UnpublishAsync(1, "modeler-1");
        var retired = await _kit.NewInstance(out _).StartAsync(InstanceTestKit.Start(key, version: 1));

        Assert.Equal(InstanceErrorCodes.VersionNotStartable, draftOnly.Error?.Code);
        Assert.Equal(InstanceErrorCodes.VersionNotStartable, draftByVersion.Error?.Code);
        Assert.Equal(InstanceErrorCodes.ProcessNotFound, missingVersion.Error?.Code);
        Assert.Equal(InstanceErrorCodes.VersionNotStartable, retired.Error?.Code);
    }

    [Fact(DisplayName = "Reads and commands before start get InstanceNotFound; variables that are not a JSON object get VariableInvalid")]
    public async Task Not_found_and_invalid_variables()
    {
        var grain = _kit.NewInstance(out _);
        Assert.Equal(InstanceErrorCodes.InstanceNotFound, (await grain.GetAsync()).Error?.Code);
        Assert.Equal(InstanceErrorCodes.InstanceNotFound, (await grain.CompleteTaskAsync("t", null, InstanceTestKit.Actor, "c")).Error?.Code);

        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key));
        var badStart = await grain.StartAsync(InstanceTestKit.Start(key, "[1,2]"));
        Assert.Equal(InstanceErrorCodes.VariableInvalid, badStart.Error?.Code);
        Assert.Equal(InstanceErrorCodes.InstanceNotFound, (await grain.GetAsync()).Error?.Code);

        var (started, view) = await _kit.StartAsync(key);
        var badComplete = await started.CompleteTaskAsync(view.Tasks[0].TaskId, "{not json", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        Assert.Equal(InstanceErrorCodes.VariableInvalid, badComplete.Error?.Code);
        Assert.Single((await started.GetAsync()).Instance!.Tasks);
    }
}
