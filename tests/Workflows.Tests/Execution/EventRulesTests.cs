using System.Text.Json;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.4 and §3.6: start, end, terminate, subprocess completion and interruption (R24–R26, R38, R39).</summary>
public sealed class EventRulesTests
{
    [Fact]
    public void R24a_start_variables_and_the_initiator_are_visible_at_the_first_element()
    {
        var run = new EngineRun(Bpmn(
            Start("start", "camunda:initiator=\"starter\""), Flow("f1", "start", "first"),
            Task("first", "camunda:assignee=\"${starter}\" camunda:candidateUsers=\"${reviewer}, ${starter} ,\""),
            Flow("f2", "first", "end"), End()));

        run.Start(("reviewer", "carol"));

        var task = run.TaskOf("first");
        Assert.Equal("alice", task.Assignee);
        Assert.Equal(["carol", "alice"], task.CandidateUsers);
        Assert.Equal("alice", run.State.RootVariables["starter"].GetString());
        Assert.Equal(("bk-1", "alice", InstanceStatus.Active), (run.State.BusinessKey, run.State.Initiator, run.State.Status));
    }

    [Fact]
    public void R25a_the_last_token_at_a_none_end_completes_the_instance()
    {
        var run = new EngineRun(Linear(Task("middle")));
        run.Start();

        var result = run.Complete("middle");

        Assert.IsType<InstanceCompleted>(result.Effects[^1]);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Empty(run.State.Elements);
        Assert.Equal(RejectionCodes.InstanceNotActive, run.Send(new CaseFlow.Workflows.Execution.Commands.CancelInstance(run.NextCommandId(), "why")).Rejection?.Code);
    }

    [Fact]
    public void R26a_terminate_cancels_open_tasks_and_timers_and_completes_normally()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"),
            Flow("f2", "fork", "a"), Flow("f3", "fork", "b"), Flow("f4", "fork", "c"),
            Task("a"), Task("b"), Task("c"), TimerBoundary("slow", "b", "timeDuration", "P1D"),
            Flow("f5", "a", "end"), Flow("f6", "b", "end"), Flow("f7", "slow", "end"), End(),
            Flow("f8", "c", "kill"), Terminate("kill")));
        run.Start();
        var timerId = run.TimerOf("slow").TimerId;

        var result = run.Complete("c");

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal(["a", "b"], result.Effects.OfType<TaskCancelled>().Select(cancelled => cancelled.ElementId));
        Assert.Contains(new TimerCancelled(timerId, "slow"), result.Effects);
        Assert.IsType<InstanceCompleted>(result.Effects[^1]);
        Assert.Empty(run.State.Timers);
        Assert.Empty(run.State.Tasks);
    }

    [Fact]
    public void R38a_a_subprocess_completes_once_when_both_inner_paths_end()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "sub"),
            SubProcess("sub",
                Start("subStart"), Flow("s1", "subStart", "fork"), Parallel("fork"),
                Flow("s2", "fork", "a"), Flow("s3", "fork", "b"), Task("a"), Task("b"),
                Flow("s4", "a", "endA"), End("endA"), Flow("s5", "b", "endB"), End("endB")),
            Flow("f2", "sub", "after"), Task("after"), Flow("f3", "after", "end"), End()));
        run.Start();

        var first = run.Complete("a");
        var second = run.Complete("b");

        Assert.DoesNotContain(first.Effects, effect => effect is TaskCreated);
        Assert.Single(second.Effects.OfType<TaskCreated>(), created => created.Task.ElementId == "after");
        Assert.Equal(["after"], run.OpenTaskElements);
        Assert.Single(run.State.Scopes);
    }

    [Fact]
    public void R39b_an_interrupted_activity_writes_no_output_parameter()
    {
        var run = new EngineRun(Linear(
            Task("middle", body: InputOutput([], [("result", "${'done'}")])),
            TimerBoundary("deadline", "middle", "timeDuration", "PT1H"), Flow("f3", "deadline", "late"), Task("late"), Flow("f4", "late", "end")));
        run.Start();

        run.Now = run.Now.AddHours(1);
        var fired = run.Fire(run.TimerOf("deadline").TimerId);

        Assert.Equal(["late"], run.OpenTaskElements);
        Assert.Contains(fired.Effects, effect => effect is TaskCancelled { ElementId: "middle" });
        Assert.False(run.State.RootVariables.ContainsKey("result"));

        // The same task completed normally does write it, so the absence above is the interruption's doing.
        var normal = new EngineRun(run.Model);
        normal.Start();
        normal.Complete("middle");
        Assert.Equal("done", normal.State.RootVariables["result"].GetString());
    }

    [Fact]
    public void R67a_a_task_completion_updates_the_subprocess_variable_and_leaves_the_root_alone()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "sub"),
            $"<bpmn:subProcess id=\"sub\">{InputOutput([("draft", "${1}")], [])}"
                + Start("subStart") + Flow("s1", "subStart", "edit") + Task("edit") + Flow("s2", "edit", "check") + Task("check")
                + Flow("s3", "check", "subEnd") + End("subEnd") + "</bpmn:subProcess>",
            Flow("f2", "sub", "end"), End()));
        run.Start();

        run.Complete("edit", ("draft", 2), ("fresh", "x"));

        var subScope = Assert.Single(run.State.Scopes, scope => scope.ElementId == "sub");
        Assert.Equal(2, subScope.Variables["draft"].GetInt32());
        Assert.False(run.State.RootVariables.ContainsKey("draft"));
        Assert.Equal("x", run.State.RootVariables["fresh"].GetString());
        Assert.Equal(JsonValueKind.Number, subScope.Variables["draft"].ValueKind);
    }
}
