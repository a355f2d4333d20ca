using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.2: leaving nodes, default flows, conditions and uncontrolled merges (R8–R12).</summary>
public sealed class FlowRulesTests
{
    /// <summary>start → a → (flows out of a) → targets b, c → end; <paramref name="aAttributes"/> may name a default.</summary>
    private static EngineRun Branching(string aAttributes, params string[] flowsOutOfA) =>
        new(Bpmn([
            Start(), Flow("f1", "start", "a"), Task("a", aAttributes), .. flowsOutOfA,
            Task("b"), Task("c"), Flow("fb", "b", "end"), Flow("fc", "c", "end"), End()]));

    [Fact]
    public void R8a_two_unconditional_flows_give_two_tokens()
    {
        var run = Branching(string.Empty, Flow("toB", "a", "b"), Flow("toC", "a", "c"));
        run.Start();

        var result = run.Complete("a");

        Assert.Equal(["b", "c"], result.Effects.OfType<TaskCreated>().Select(created => created.Task.ElementId));
    }

    [Fact]
    public void R9a_the_default_flow_is_taken_only_when_every_condition_is_false()
    {
        var run = Branching("default=\"toC\"", Flow("toB", "a", "b", "${x > 5}"), Flow("toC", "a", "c"));
        run.Start(("x", 1));

        run.Complete("a");

        Assert.Equal(["c"], run.OpenTaskElements);
    }

    [Fact]
    public void R9b_an_unconditional_flow_beats_the_default()
    {
        var run = Branching("default=\"toC\"", Flow("toB", "a", "b"), Flow("toC", "a", "c"));
        run.Start();

        run.Complete("a");

        Assert.Equal(["b"], run.OpenTaskElements);
    }

    [Fact]
    public void R10a_no_flow_to_take_parks_the_token_and_retry_with_a_variable_proceeds()
    {
        var run = Branching(string.Empty, Flow("toB", "a", "b", "${x > 5}"), Flow("toC", "a", "c", "${x < 0}"));
        run.Start(("x", 1));

        run.Complete("a");

        var incident = run.IncidentOn("a");
        Assert.Equal(IncidentTypes.NoOutgoingFlow, incident.Type);
        Assert.Equal(ElementInstanceState.Failed, Assert.Single(run.State.Elements).State);
        Assert.Empty(run.State.Tasks);

        run.Retry(incident.IncidentId, ("x", 10));

        Assert.Equal(["b"], run.OpenTaskElements);
        Assert.Empty(run.State.Incidents);
    }

    [Fact]
    public void R11a_a_condition_that_is_not_boolean_is_an_ExpressionError_on_the_source()
    {
        var run = Branching(string.Empty, Flow("toB", "a", "b", "${'yes'}"), Flow("toC", "a", "c"));
        run.Start();

        run.Complete("a");

        var incident = run.IncidentOn("a");
        Assert.Equal(IncidentTypes.ExpressionError, incident.Type);
        Assert.Contains("not boolean", incident.Message, StringComparison.Ordinal);
        Assert.Contains("toB", incident.Message, StringComparison.Ordinal);
        Assert.Empty(run.State.Tasks);
    }

    [Fact]
    public void R12a_two_flows_into_one_task_activate_it_twice()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"),
            Flow("f2", "fork", "review"), Flow("f3", "fork", "review"),
            Task("review"), Flow("f4", "review", "end"), End()));

        var result = run.Start();

        Assert.Equal(2, result.Effects.OfType<TaskCreated>().Count(created => created.Task.ElementId == "review"));
        Assert.Equal(2, run.State.Tasks.Select(task => task.TaskId).Distinct().Count());
    }
}
