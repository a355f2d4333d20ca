using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md R58 and R61: task listeners run at each task event; scripts in the step, handlers after it.</summary>
public sealed class TaskListenerRulesTests
{
    private static EngineRun ReviewWith(string attributes, params string[] listeners) =>
        new(Linear(Task("middle", attributes, Listeners(listeners))));

    private static int Count(EngineRun run, string name) =>
        run.State.RootVariables.TryGetValue(name, out var value) ? value.GetInt32() : 0;

    private const string CountRuns = "setVariable(task.eventName + 'Runs', (typeof {0} === 'number' ? {0} : 0) + 1);";

    private static string Counting(string eventName) => string.Format(System.Globalization.CultureInfo.InvariantCulture, CountRuns, eventName + "Runs");

    [Fact]
    public void R61a_a_timeout_listener_runs_once_without_interrupting_the_task_and_its_timer_goes_with_the_task()
    {
        var run = ReviewWith("", TimeoutListener("remind", "timeDuration", "P3D", Counting("timeout")));
        run.Start();
        var timer = Assert.Single(run.State.Timers);
        Assert.Equal((TimerKind.TaskTimeout, "remind"), (timer.Kind, timer.ListenerId));
        Assert.Equal(EngineRun.T0.AddDays(3), timer.DueAt);

        run.Now = timer.DueAt;
        var fired = run.Fire(timer.TimerId);

        Assert.Equal(1, Count(run, "timeoutRuns"));
        Assert.Equal(["middle"], run.OpenTaskElements);
        Assert.Empty(run.State.Timers);
        Assert.DoesNotContain(fired.Effects, effect => effect is TaskCancelled);
    }

    [Fact]
    public void R61_a_cycle_timeout_listener_repeats_while_the_task_is_open_and_is_cancelled_with_it()
    {
        var run = ReviewWith("", TimeoutListener("remind", "timeCycle", "R5/P1D", Counting("timeout")));
        run.Start();

        for (var day = 1; day <= 2; day++)
        {
            var timer = Assert.Single(run.State.Timers);
            run.Now = timer.DueAt;
            run.Fire(timer.TimerId);
        }

        var completed = run.Complete("middle");

        Assert.Equal(2, Count(run, "timeoutRuns"));
        Assert.Single(completed.Effects.OfType<TimerCancelled>());
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void R58_create_then_assignment_listeners_run_when_the_task_is_created_assigned()
    {
        var run = ReviewWith("camunda:assignee=\"wang\"", ScriptListener("assignment", "setVariable('order', (typeof order === 'string' ? order : '') + 'A:' + task.assignee + ';');"), ScriptListener("create", "setVariable('order', (typeof order === 'string' ? order : '') + 'C;');"));

        run.Start();

        Assert.Equal("C;A:wang;", run.State.RootVariables["order"].GetString());
    }

    [Fact]
    public void R58_update_listeners_run_on_every_change_and_assignment_only_when_someone_new_holds_the_task()
    {
        var run = ReviewWith("", ScriptListener("update", Counting("update")), ScriptListener("assignment", Counting("assignment")));
        run.Start();
        var taskId = run.TaskOf("middle").TaskId;

        run.Send(new ClaimTask(run.NextCommandId(), taskId, "wang"));
        run.Send(new SetTaskPriority(run.NextCommandId(), taskId, 80, "wang"));
        run.Send(new UnclaimTask(run.NextCommandId(), taskId, "wang"));

        Assert.Equal(3, Count(run, "updateRuns"));
        Assert.Equal(1, Count(run, "assignmentRuns"));
    }

    [Fact]
    public void R58_a_failing_complete_listener_rejects_the_completion_and_the_task_stays_open()
    {
        var run = ReviewWith("", ScriptListener("complete", "if (!approved) { throw new Error('approval missing'); } setVariable('checked', true);"));
        run.Start();
        var before = run.State;

        var refused = run.Complete("middle", ("approved", false));
        Assert.Equal(RejectionCodes.ListenerRejected, refused.Rejection?.Code);
        Assert.Contains("approval missing", refused.Rejection!.Message, StringComparison.Ordinal);
        Assert.Same(before, run.State);

        run.Complete("middle", ("approved", true));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.True(run.State.RootVariables["checked"].GetBoolean());
    }

    [Fact]
    public void R58_a_failing_create_listener_is_non_blocking_and_recorded()
    {
        var run = ReviewWith("", ScriptListener("create", "task.nonsense.deeper = 1;"), ScriptListener("create", Counting("create")));

        var started = run.Start();

        var failed = Assert.Single(started.Effects.OfType<ListenerFailed>());
        Assert.Equal("create", failed.Event);
        Assert.Equal(["middle"], run.OpenTaskElements);
        Assert.Equal(1, Count(run, "createRuns"));
        Assert.Empty(run.State.Incidents);
    }

    [Fact]
    public void R58_delete_listeners_run_when_a_boundary_cancels_the_task()
    {
        var run = new EngineRun(Linear(
            Task("middle", body: Listeners(ScriptListener("delete", Counting("delete")))),
            TimerBoundary("late", "middle", "timeDuration", "PT1H"), Flow("f9", "late", "end")));
        run.Start();

        run.Now = run.TimerOf("late").DueAt;
        run.Fire(run.TimerOf("late").TimerId);

        Assert.Equal(1, Count(run, "deleteRuns"));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void R58_a_handler_listener_is_an_effect_with_its_fields_evaluated_at_the_event()
    {
        var model = WithListeners(
            ["caseflow.notify"],
            [Start(), Flow("f1", "start", "middle"), Task("middle", "camunda:assignee=\"${owner}\"", Listeners(HandlerListener("assignment", "caseflow.notify", "${'case ' + caseNo}"))), Flow("f2", "middle", "end"), End()]);
        var run = new EngineRun(model);

        var started = run.Start(("owner", "wang"), ("caseNo", 17));

        var invoked = Assert.Single(started.Effects.OfType<TaskListenerInvoked>());
        Assert.Equal(("assignment", "caseflow.notify", "wang"), (invoked.Event, invoked.HandlerName, invoked.Assignee));
        Assert.Equal("case 17", invoked.Fields["note"]);
        Assert.Equal("reminder", invoked.Fields["kind"]);
        Assert.Equal(run.TaskOf("middle").TaskId, invoked.TaskId);
        Assert.StartsWith("inst:ls", invoked.IdempotencyKey, StringComparison.Ordinal);
    }

    [Fact]
    public void R58_a_bad_timeout_timer_parks_the_token_before_the_task_exists()
    {
        var run = ReviewWith("", TimeoutListener("remind", "timeDuration", "${wait}", Counting("timeout")));

        run.Start(("wait", "soon"));

        Assert.Equal(IncidentTypes.TimerExpressionError, run.IncidentOn("middle").Type);
        Assert.Empty(run.State.Tasks);
    }

    [Fact]
    public void R58_a_script_listener_writing_one_name_twice_keeps_the_last_value()
    {
        var run = ReviewWith("", ScriptListener("create", "setVariable('state', 'draft'); setVariable('state', 'ready');"));

        var started = run.Start();

        Assert.True(started.IsAccepted);
        Assert.Empty(started.Effects.OfType<ListenerFailed>());
        Assert.Equal("ready", run.State.RootVariables["state"].GetString());
    }
}
