using System.Text.Json;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.1: atomic, run-to-wait, bounded, deterministic and idempotent steps (R1–R7).</summary>
public sealed class StepRulesTests
{
    [Fact]
    public void R1a_a_fault_inside_a_step_rejects_with_EngineFault_and_changes_nothing()
    {
        var armed = true;
        var options = new EngineOptions { ActivationProbe = id => { if (armed && id == "second") { throw new InvalidOperationException("injected"); } } };
        var run = new EngineRun(Bpmn(Start(), Flow("f1", "start", "first"), Task("first"), Flow("f2", "first", "second"), Task("second"), Flow("f3", "second", "end"), End()), options);
        run.Start();
        var before = run.State;

        var faulted = run.Complete("first");

        Assert.Equal(RejectionCodes.EngineFault, faulted.Rejection?.Code);
        Assert.Same(before, faulted.State);
        Assert.Empty(faulted.Effects);
        armed = false;
        var next = run.Complete("first");
        Assert.True(next.IsAccepted);
        Assert.Equal(["second"], run.OpenTaskElements);
    }

    [Fact]
    public void R2a_one_command_runs_through_a_gateway_to_the_user_task()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "route"),
            Exclusive("route", "toSmall"),
            Flow("toBig", "route", "big", "${amount > 1000}"), Flow("toSmall", "route", "small"),
            Task("big"), Task("small"), Flow("f4", "big", "end"), Flow("f5", "small", "end"), End()));

        var result = run.Start(("amount", 5000));

        var created = Assert.IsType<TaskCreated>(Assert.Single(result.Effects));
        Assert.Equal("big", created.Task.ElementId);
        var waiting = Assert.Single(result.State.Elements);
        Assert.Equal(("big", ElementInstanceState.Waiting), (waiting.ElementId, waiting.State));
    }

    [Fact]
    public void R3a_a_loop_without_wait_state_raises_StepLimitExceeded_and_retry_finishes_it()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "merge"), Exclusive("merge"), Flow("f2", "merge", "check"),
            Exclusive("check", "back"), Flow("done", "check", "end", "${finished}"), Flow("back", "check", "merge"), End()));

        var result = run.Start(("finished", false));

        Assert.True(result.IsAccepted);
        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal(IncidentTypes.StepLimitExceeded, incident.Type);
        Assert.Equal(InstanceStatus.Active, run.State.Status);
        Assert.Single(result.Effects, e => e is IncidentRaised);
        Assert.Equal("check", incident.ElementId);

        var retried = run.Retry(incident.IncidentId, ("finished", true));

        Assert.True(retried.IsAccepted);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Contains(retried.Effects, e => e is IncidentResolved resolved && resolved.IncidentId == incident.IncidentId);
    }

    [Fact]
    public void R4a_the_same_inputs_give_byte_identical_state_and_effects()
    {
        string RunOnce()
        {
            var run = new EngineRun(Bpmn(
                Start(), Flow("f1", "start", "fork"), Parallel("fork"),
                Flow("f2", "fork", "a"), Flow("f3", "fork", "b"),
                Task("a", "camunda:assignee=\"${who}\" camunda:dueDate=\"P2D\""), Task("b"),
                TimerBoundary("remind", "a", "timeCycle", "R2/PT1H", interrupting: false), Flow("f4", "remind", "nag"), Task("nag"),
                Flow("f5", "a", "join"), Flow("f6", "b", "join"), Parallel("join"), Flow("f7", "join", "end"), End()));
            var log = new List<string>();
            foreach (var step in new Func<EngineResult>[]
            {
                () => run.Start(("who", "张三"), ("n", 1.5)),
                () => { run.Now = run.Now.AddHours(1); return run.Fire(run.TimerOf("remind").TimerId); },
                () => run.Complete("a", ("note", new { ok = true })),
                () => run.Complete("b"),
            })
            {
                var result = step();
                log.Add(JsonSerializer.Serialize(result.State) + JsonSerializer.Serialize(result.Effects));
            }

            return string.Join("\n", log);
        }

        Assert.Equal(RunOnce(), RunOnce());
    }

    [Fact]
    public void R5a_a_repeated_command_id_replays_the_outcome_without_a_second_effect()
    {
        var run = new EngineRun(Linear(Task("middle")));
        run.Start();
        var command = new CompleteTask("same-id", run.TaskOf("middle").TaskId);

        var first = run.Send(command);
        var stateAfterFirst = run.State;
        var second = run.Send(command);

        Assert.True(second.IsAccepted);
        Assert.Empty(second.Effects);
        Assert.Same(stateAfterFirst, second.State);
        Assert.Equal(first.Effects, second.Replayed!.Effects);
        Assert.Single(run.AllEffects, e => e is TaskCompleted);
    }

    [Fact]
    public void R6a_completing_a_completed_task_is_TaskNotActive_and_changes_nothing()
    {
        var run = new EngineRun(Bpmn(Start(), Flow("f1", "start", "a"), Task("a"), Flow("f2", "a", "b"), Task("b"), Flow("f3", "b", "end"), End()));
        run.Start();
        var taskId = run.TaskOf("a").TaskId;
        run.CompleteTaskId(taskId);
        var before = run.State;

        var again = run.CompleteTaskId(taskId);

        Assert.Equal(RejectionCodes.TaskNotActive, again.Rejection?.Code);
        Assert.Same(before, again.State);
    }

    [Fact]
    public void R7a_late_timer_and_service_results_after_completion_are_no_ops()
    {
        var run = new EngineRun(Linear(Task("middle"), TimerBoundary("late", "middle", "timeDuration", "PT1H"), Flow("f3", "late", "end")));
        run.Start();
        var timerId = run.TimerOf("late").TimerId;
        run.Complete("middle");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        var completed = run.State;

        run.Now = run.Now.AddHours(2);
        var timer = run.Fire(timerId);
        var job = run.Send(new CompleteJob(run.NextCommandId(), "inst:j99"));
        var other = run.Send(new CancelInstance(run.NextCommandId(), "too late"));

        Assert.True(timer.IsAccepted);
        Assert.Empty(timer.Effects);
        Assert.Same(completed, timer.State);
        Assert.Equal(RejectionCodes.JobNotActive, job.Rejection?.Code);
        Assert.Equal(RejectionCodes.InstanceNotActive, other.Rejection?.Code);
    }
}
