using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.3: inclusive split and join, judged at quiescence (R18–R20, R22).</summary>
public sealed class InclusiveGatewayRulesTests
{
    /// <summary>start → split(a if x, b if y, c if z) → join → after → end.</summary>
    private static EngineRun ThreeWay() => new(Bpmn(
        Start(), Flow("f1", "start", "split"), Inclusive("split"),
        Flow("toA", "split", "a", "${x}"), Flow("toB", "split", "b", "${y}"), Flow("toC", "split", "c", "${z}"),
        Task("a"), Task("b"), Task("c"),
        Flow("fromA", "a", "join"), Flow("fromB", "b", "join"), Flow("fromC", "c", "join"), Inclusive("join"),
        Flow("f2", "join", "after"), Task("after"), Flow("f3", "after", "end"), End()));

    [Fact]
    public void R18a_every_true_flow_is_taken_in_XML_order()
    {
        var run = ThreeWay();

        run.Start(("x", true), ("y", false), ("z", true));

        Assert.Equal(["a", "c"], run.OpenTaskElements);
    }

    [Fact]
    public void R18b_no_true_flow_takes_the_default_and_none_at_all_is_NoOutgoingFlow()
    {
        var withDefault = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "split"), Inclusive("split", "other"),
            Flow("toA", "split", "a", "${x}"), Flow("other", "split", "b"), Task("a"), Task("b")));
        withDefault.Start(("x", false));
        Assert.Equal(["b"], withDefault.OpenTaskElements);

        var run = ThreeWay();
        run.Start(("x", false), ("y", false), ("z", false));
        Assert.Equal(IncidentTypes.NoOutgoingFlow, run.IncidentOn("split").Type);
    }

    [Fact]
    public void R19a_the_join_fires_after_the_active_branches_without_waiting_for_the_third()
    {
        var run = ThreeWay();
        run.Start(("x", true), ("y", false), ("z", true));

        var first = run.Complete("c");
        Assert.DoesNotContain(first.Effects, effect => effect is TaskCreated);

        var second = run.Complete("a");

        Assert.Single(second.Effects.OfType<TaskCreated>(), created => created.Task.ElementId == "after");
        Assert.Empty(run.State.JoinArrivals);
        run.Complete("after");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void R19b_a_task_whose_only_route_to_the_join_is_its_boundary_holds_the_join_until_it_ends()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "split"), Inclusive("split"),
            Flow("toA", "split", "a"), Flow("toT", "split", "t"), Task("a"), Task("t"),
            Flow("fromA", "a", "join"), Flow("tDone", "t", "tEnd"), End("tEnd"),
            TimerBoundary("late", "t", "timeDuration", "P1D"), Flow("fromLate", "late", "join"),
            Inclusive("join"), Flow("f2", "join", "after"), Task("after"), Flow("f3", "after", "end"), End()));
        run.Start();

        run.Complete("a");
        Assert.DoesNotContain("after", run.OpenTaskElements);

        var done = run.Complete("t");

        Assert.Single(done.Effects.OfType<TaskCreated>(), created => created.Task.ElementId == "after");
    }

    /// <summary>split → a → join and → b (with <paramref name="bAndBoundary"/>) → join; join → after.</summary>
    private static EngineRun CancelledBranch(params string[] bAndBoundary) => new(WithRoots(
        [ErrorDefinition("broken", "E_BROKEN")],
        [Start(), Flow("f1", "start", "split"), Inclusive("split"),
         Flow("toA", "split", "a"), Flow("toB", "split", "b"), Task("a"),
         .. bAndBoundary, Flow("bypass", "stop", "stopEnd"), End("stopEnd"),
         Flow("fromA", "a", "join"), Flow("fromB", "b", "join"), Inclusive("join"),
         Flow("f2", "join", "end"), End()]));

    [Fact]
    public void R20a_cancelling_the_last_competitor_by_a_boundary_fires_the_join_in_the_same_step()
    {
        var run = CancelledBranch(Task("b"), TimerBoundary("stop", "b", "timeDuration", "PT1H"));
        run.Start();
        run.Complete("a");
        Assert.Equal(InstanceStatus.Active, run.State.Status);

        run.Now = run.Now.AddHours(1);
        var fired = run.Fire(run.TimerOf("stop").TimerId);

        Assert.Contains(fired.Effects, effect => effect is InstanceCompleted);
        Assert.Empty(run.State.JoinArrivals);
    }

    [Fact]
    public void R20b_a_caught_service_error_on_the_last_competitor_fires_the_join_and_the_instance_completes()
    {
        var run = CancelledBranch(Service("b", "registry"), ErrorBoundary("stop", "b", "broken"));
        run.Start();
        run.Complete("a");

        var result = run.Send(new ThrowJobError(run.NextCommandId(), Assert.Single(run.State.Jobs).JobId, "E_BROKEN"));

        Assert.Contains(result.Effects, effect => effect is InstanceCompleted);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void R20c_a_second_arrival_on_a_taken_flow_gives_one_firing_per_round_and_nothing_dangles()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "split"), Inclusive("split"),
            Flow("toA", "split", "a"), Flow("toB", "split", "b"), Task("a"), Task("b"),
            TimerBoundary("nudge", "a", "timeDuration", "PT1H", interrupting: false), Flow("fromNudge", "nudge", "merge"),
            Flow("fromA", "a", "merge"), Exclusive("merge"), Flow("flowA", "merge", "join"),
            Flow("flowB", "b", "join"), Inclusive("join"), Flow("f2", "join", "after"), Task("after"), Flow("f3", "after", "end"), End()));
        run.Start();
        run.Complete("b");
        run.Now = run.Now.AddHours(1);

        run.Fire(run.TimerOf("nudge").TimerId);
        run.Complete("a");

        Assert.Equal(2, run.AllEffects.OfType<TaskCreated>().Count(created => created.Task.ElementId == "after"));
        Assert.Empty(run.State.JoinArrivals);
        foreach (var task in run.State.Tasks.ToList())
        {
            run.CompleteTaskId(task.TaskId);
        }

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void R22a_two_inclusive_joins_waiting_on_each_other_raise_InclusiveJoinDeadlock_and_retry_fires_the_first()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"), Flow("toOne", "fork", "one"), Flow("toTwo", "fork", "two"),
            Inclusive("one", "outOne"), Flow("oneToTwo", "one", "two", "${loop}"), Flow("outOne", "one", "x"), Task("x"),
            Inclusive("two", "outTwo"), Flow("twoToOne", "two", "one", "${loop}"), Flow("outTwo", "two", "y"), Task("y"),
            Flow("fx", "x", "end"), Flow("fy", "y", "end"), End()));

        run.Start(("loop", false));

        var incident = run.IncidentOn("one");
        Assert.Equal(IncidentTypes.InclusiveJoinDeadlock, incident.Type);
        Assert.Empty(run.State.Tasks);

        var retried = run.Retry(incident.IncidentId);

        Assert.Equal(["x", "y"], retried.Effects.OfType<TaskCreated>().Select(created => created.Task.ElementId));
        Assert.Empty(run.State.Incidents);
        Assert.Empty(run.State.JoinArrivals);
    }

    [Fact]
    public void R19c_an_inclusive_join_inside_a_subprocess_judges_only_its_own_scope()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"), Flow("toSub", "fork", "sub"), Flow("toOutside", "fork", "outside"),
            Task("outside"), Flow("fo", "outside", "end"),
            SubProcess("sub",
                Start("subStart"), Flow("s1", "subStart", "split"), Inclusive("split"),
                Flow("toA", "split", "a", "${true}"), Flow("toB", "split", "b", "${false}"), Task("a"), Task("b"),
                Flow("fromA", "a", "join"), Flow("fromB", "b", "join"), Inclusive("join"), Flow("s2", "join", "subEnd"), End("subEnd")),
            Flow("f2", "sub", "after"), Task("after"), Flow("f3", "after", "end"), End()));
        run.Start();

        run.Complete("a");

        Assert.Equal(["outside", "after"], run.OpenTaskElements);
        Assert.Empty(run.State.JoinArrivals);
    }
}
