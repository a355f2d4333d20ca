using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.3: exclusive and parallel gateways, joins counted per flow (R13–R17, R21).</summary>
public sealed class GatewayRulesTests
{
    [Fact]
    public void R13a_the_first_true_flow_in_XML_order_wins()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "x"), Exclusive("x"),
            Flow("first", "x", "a", "${n > 1}"), Flow("second", "x", "b", "${n > 0}"),
            Task("a"), Task("b"), Flow("fa", "a", "end"), Flow("fb", "b", "end"), End()));

        run.Start(("n", 5));

        Assert.Equal(["a"], run.OpenTaskElements);
    }

    [Fact]
    public void R13b_no_true_condition_and_no_default_parks_the_gateway()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "x"), Exclusive("x"),
            Flow("first", "x", "a", "${n > 10}"), Flow("second", "x", "b", "${n > 20}"),
            Task("a"), Task("b"), Flow("fa", "a", "end"), Flow("fb", "b", "end"), End()));

        var result = run.Start(("n", 5));

        Assert.Equal(IncidentTypes.NoOutgoingFlow, run.IncidentOn("x").Type);
        Assert.Empty(run.State.Tasks);
        Assert.Equal("x", Assert.Single(run.State.Elements).ElementId);
        Assert.DoesNotContain(result.Effects, effect => effect is TaskCreated);
    }

    [Fact]
    public void R14a_an_exclusive_merge_passes_each_token_through()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"),
            Flow("f2", "fork", "merge"), Flow("f3", "fork", "merge"), Exclusive("merge"),
            Flow("f4", "merge", "next"), Task("next"), Flow("f5", "next", "end"), End()));

        run.Start();

        Assert.Equal(["next", "next"], run.OpenTaskElements);
    }

    private static EngineRun ForkJoin() => new(Bpmn(
        Start(), Flow("f1", "start", "fork"), Parallel("fork"),
        Flow("toA", "fork", "a"), Flow("toB", "fork", "b"), Task("a"), Task("b"),
        Flow("fromA", "a", "join"), Flow("fromB", "b", "join"), Parallel("join"),
        Flow("f6", "join", "after"), Task("after"), Flow("f7", "after", "end"), End()));

    [Theory]
    [InlineData("a", "b")]
    [InlineData("b", "a")]
    public void R16a_the_join_fires_once_after_the_second_branch(string first, string second)
    {
        var run = ForkJoin();
        run.Start();

        var afterFirst = run.Complete(first);
        Assert.DoesNotContain(afterFirst.Effects, effect => effect is TaskCreated);
        Assert.Single(run.State.JoinArrivals);

        var afterSecond = run.Complete(second);

        Assert.Equal(["after"], afterSecond.Effects.OfType<TaskCreated>().Select(created => created.Task.ElementId));
        Assert.Empty(run.State.JoinArrivals);
    }

    [Fact]
    public void R16b_two_arrivals_on_one_flow_never_stand_in_for_the_other()
    {
        // Branch A: each completion of a sends one arrival on flow "a" and, when again, loops back to a.
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"),
            Flow("toA", "fork", "a"), Flow("toB", "fork", "b"), Task("a"), Task("b"),
            Flow("f2", "a", "splitA"), Parallel("splitA"),
            Flow("flowA", "splitA", "join"), Flow("f3", "splitA", "again"),
            Exclusive("again", "stop"), Flow("loop", "again", "a", "${again}"), Flow("stop", "again", "endA"), End("endA"),
            Flow("flowB", "b", "join"), Parallel("join"), Flow("f4", "join", "after"), Task("after"), Flow("f5", "after", "end"), End()));
        run.Start();

        run.Complete("a", ("again", true));
        run.Complete("a", ("again", false));

        Assert.Equal(2, Assert.Single(run.State.JoinArrivals).Count);
        Assert.DoesNotContain("after", run.OpenTaskElements);

        var fired = run.Complete("b");

        Assert.Single(fired.Effects.OfType<TaskCreated>(), created => created.Task.ElementId == "after");
        var kept = Assert.Single(run.State.JoinArrivals);
        Assert.Equal(("flowA", 1), (kept.FlowId, kept.Count));
    }

    [Fact]
    public void R16c_a_join_inside_a_loop_fires_once_per_round()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "merge"), Exclusive("merge"), Flow("f2", "merge", "fork"), Parallel("fork"),
            Flow("toA", "fork", "a"), Flow("toB", "fork", "b"), Task("a"), Task("b"),
            Flow("fromA", "a", "join"), Flow("fromB", "b", "join"), Parallel("join"),
            Flow("f3", "join", "after"), Task("after"), Flow("f4", "after", "more"),
            Exclusive("more", "done"), Flow("again", "more", "merge", "${round < 3}"), Flow("done", "more", "end"), End()));
        run.Start();

        for (var round = 1; round <= 3; round++)
        {
            run.Complete("b");
            run.Complete("a");
            run.Complete("after", ("round", round));
        }

        Assert.Equal(3, run.AllEffects.OfType<TaskCreated>().Count(created => created.Task.ElementId == "after"));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Empty(run.State.JoinArrivals);
    }

    [Fact]
    public void R17a_a_mixed_parallel_gateway_joins_then_splits()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"),
            Flow("toA", "fork", "a"), Flow("toB", "fork", "b"), Task("a"), Task("b"),
            Flow("fromA", "a", "mixed"), Flow("fromB", "b", "mixed"), Parallel("mixed"),
            Flow("toX", "mixed", "x"), Flow("toY", "mixed", "y"), Task("x"), Task("y"),
            Flow("fx", "x", "end"), Flow("fy", "y", "end"), End()));
        run.Start();

        var first = run.Complete("a");
        var second = run.Complete("b");

        Assert.DoesNotContain(first.Effects, effect => effect is TaskCreated);
        Assert.Equal(["x", "y"], second.Effects.OfType<TaskCreated>().Select(created => created.Task.ElementId));
    }

    [Fact]
    public void R21a_a_join_whose_missing_flow_is_unreachable_raises_JoinUnreachable()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"),
            Flow("toA", "fork", "a"), Flow("toB", "fork", "b"), Task("a"), Task("b"),
            Flow("fromA", "a", "join"), Flow("fromB", "b", "route"),
            Exclusive("route", "toJoin"), Flow("away", "route", "sideEnd", "${skip}"), Flow("toJoin", "route", "join"), End("sideEnd"),
            Parallel("join"), Flow("f6", "join", "end"), End()));
        run.Start();
        run.Complete("a");

        run.Complete("b", ("skip", true));

        var incident = run.IncidentOn("join");
        Assert.Equal(IncidentTypes.JoinUnreachable, incident.Type);
        Assert.Contains("'toJoin'", incident.Message, StringComparison.Ordinal);
        Assert.False(incident.Retryable);
        Assert.Equal(InstanceStatus.Active, run.State.Status);
    }
}
