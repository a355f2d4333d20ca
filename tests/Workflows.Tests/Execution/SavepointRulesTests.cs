using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.9 R66: async savepoints split work into steps of their own.</summary>
public sealed class SavepointRulesTests
{
    [Fact]
    public void R66a_a_failure_after_an_asyncBefore_savepoint_appears_in_the_continuation_step()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "first"), Task("first"), Flow("f2", "first", "second"),
            Task("second", "camunda:asyncBefore=\"true\" camunda:assignee=\"${missing}\""), Flow("f3", "second", "end"), End()));
        run.Start();

        var completed = run.Complete("first");

        Assert.True(completed.IsAccepted);
        var parked = Assert.IsType<ContinuationRequested>(completed.Effects[^1]);
        Assert.Equal(("second", SavepointPhase.Before), (parked.ElementId, parked.Phase));
        Assert.Empty(run.State.Incidents);

        var continued = run.Send(new Continue(run.NextCommandId(), parked.ElementInstanceId));

        Assert.Equal(IncidentTypes.ExpressionError, Assert.IsType<IncidentRaised>(Assert.Single(continued.Effects)).Incident.Type);
        Assert.Equal(RejectionCodes.ElementNotActive, run.Send(new Continue(run.NextCommandId(), parked.ElementInstanceId)).Rejection?.Code);

        // The retry runs the element; it does not stop at the savepoint a second time.
        var retried = run.Retry(run.IncidentOn("second").IncidentId, ("missing", "dora"));
        Assert.Equal("dora", Assert.Single(retried.Effects.OfType<TaskCreated>()).Task.Assignee);
    }

    [Fact]
    public void R66b_asyncAfter_stops_after_the_output_mappings_and_before_the_outgoing_flows()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "first"),
            Task("first", "camunda:asyncAfter=\"true\"", InputOutput([], [("copied", "${x}")])),
            Flow("f2", "first", "second"), Task("second"), Flow("f3", "second", "end"), End()));
        run.Start();

        var completed = run.Complete("first", ("x", 7));

        var parked = Assert.IsType<ContinuationRequested>(completed.Effects[^1]);
        Assert.Equal(SavepointPhase.After, parked.Phase);
        Assert.Equal(7, run.State.RootVariables["copied"].GetInt32());
        Assert.Empty(run.State.Tasks);

        run.Send(new Continue(run.NextCommandId(), parked.ElementInstanceId));

        Assert.Equal(["second"], run.OpenTaskElements);
    }
}
