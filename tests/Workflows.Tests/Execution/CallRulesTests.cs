using System.Text.Json;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.7 on the engine side: a call activity asks its host for a child and waits for it (R45–R47).</summary>
public sealed class CallRulesTests
{
    private const string Mappings =
        "<camunda:in source=\"personId\" target=\"subject\" />" +
        "<camunda:in sourceExpression=\"${amount * 2}\" target=\"doubled\" />" +
        "<camunda:in source=\"missing\" target=\"nothing\" />" +
        "<camunda:in businessKey=\"${'BK-' + personId}\" />" +
        "<camunda:out variables=\"all\" />";

    private static EngineRun CallRun(string mappings = Mappings, params string[] extra) =>
        new(Bpmn([Start(), Flow("f1", "start", "call"), Call("call", "${childKey}", mappings), Flow("f2", "call", "after"), Task("after"), Flow("f3", "after", "end"), End(), .. extra]));

    private static ChildInstanceRequested Requested(EngineResult result) => Assert.Single(result.Effects.OfType<ChildInstanceRequested>());

    [Fact]
    public void R46a_the_child_gets_only_the_mapped_inputs_and_the_parent_receives_the_childs_root_variables()
    {
        var run = CallRun();
        var request = Requested(run.Start(("childKey", "assessment"), ("personId", "P1"), ("amount", 21), ("secret", "x")));

        Assert.Equal(("assessment", "latest", "BK-P1"), (request.Call.ProcessKey, request.Call.Binding, request.Call.BusinessKey));
        Assert.DoesNotContain(':', request.Call.ChildInstanceId); // task ids are "{instanceId}:{suffix}", split at the first colon
        Assert.Equal(["doubled", "nothing", "subject"], request.Call.Variables.Keys);
        Assert.Equal(42, request.Call.Variables["doubled"].GetInt32());
        Assert.Equal(JsonValueKind.Null, request.Call.Variables["nothing"].ValueKind);
        Assert.Empty(run.OpenTaskElements);

        run.Send(new CompleteCall(run.NextCommandId(), request.Call.ChildInstanceId, EngineRun.Vars(("grade", 2), ("subject", "P1"))));

        Assert.Equal(["after"], run.OpenTaskElements);
        Assert.Equal(2, run.State.RootVariables["grade"].GetInt32());
        Assert.Empty(run.State.Calls);
    }

    [Fact]
    public void R46b_without_mappings_nothing_passes_either_way()
    {
        var run = CallRun(mappings: "");
        var request = Requested(run.Start(("childKey", "assessment"), ("personId", "P1")));

        run.Send(new CompleteCall(run.NextCommandId(), request.Call.ChildInstanceId, EngineRun.Vars(("grade", 2))));

        Assert.Empty(request.Call.Variables);
        Assert.Null(request.Call.BusinessKey);
        Assert.False(run.State.RootVariables.ContainsKey("grade"));
        Assert.Equal(["after"], run.OpenTaskElements);
    }

    [Fact]
    public void R45a_a_called_key_without_a_published_version_parks_the_call_and_a_retry_asks_again()
    {
        var run = CallRun();
        var first = Requested(run.Start(("childKey", "assessment"), ("personId", "P1"), ("amount", 1)));

        run.Send(new FailCall(run.NextCommandId(), first.Call.ChildInstanceId, IncidentTypes.CalledElementNotFound, "no published version of 'assessment'"));
        var incident = run.IncidentOn("call");
        var retried = run.Retry(incident.IncidentId);

        Assert.Equal(IncidentTypes.CalledElementNotFound, incident.Type);
        var second = Requested(retried);
        Assert.NotEqual(first.Call.ChildInstanceId, second.Call.ChildInstanceId);
        Assert.Equal(RejectionCodes.CallNotActive, run.Send(new CompleteCall(run.NextCommandId(), first.Call.ChildInstanceId)).Rejection?.Code);
        Assert.Equal(second.Call, Assert.Single(run.State.Calls));
    }

    [Fact]
    public void R47a_an_interrupting_boundary_cancels_the_child_and_a_late_completion_is_a_no_op()
    {
        var run = CallRun(Mappings, TimerBoundary("timeout", "call", "timeDuration", "P7D"), Flow("f4", "timeout", "chase"), Task("chase"), Flow("f5", "chase", "end"));
        var request = Requested(run.Start(("childKey", "assessment"), ("personId", "P1"), ("amount", 1)));
        run.Now = run.Now.AddDays(7);

        var fired = run.Fire(run.TimerOf("timeout").TimerId);
        var late = run.Send(new CompleteCall(run.NextCommandId(), request.Call.ChildInstanceId, EngineRun.Vars(("grade", 2))));

        Assert.Contains(new ChildInstanceCancelled(request.Call.ChildInstanceId, "call"), fired.Effects);
        Assert.Equal(["chase"], run.OpenTaskElements);
        Assert.Equal(RejectionCodes.CallNotActive, late.Rejection?.Code);
        Assert.False(run.State.RootVariables.ContainsKey("grade"));
    }

    [Fact]
    public void R47b_cancelling_the_instance_cancels_the_child()
    {
        var run = CallRun();
        var request = Requested(run.Start(("childKey", "assessment"), ("personId", "P1"), ("amount", 1)));

        var cancelled = run.Send(new CancelInstance(run.NextCommandId(), "operator", "duplicate"));

        Assert.Contains(new ChildInstanceCancelled(request.Call.ChildInstanceId, "call"), cancelled.Effects);
        Assert.Empty(run.State.Calls);
    }

    [Fact]
    public void R47c_a_child_cancelled_on_its_own_parks_the_call_in_ChildCancelled()
    {
        var run = CallRun();
        var request = Requested(run.Start(("childKey", "assessment"), ("personId", "P1"), ("amount", 1)));

        run.Send(new FailCall(run.NextCommandId(), request.Call.ChildInstanceId, IncidentTypes.ChildCancelled, "the child instance was cancelled"));

        Assert.Equal(IncidentTypes.ChildCancelled, run.IncidentOn("call").Type);
        Assert.Empty(run.State.Calls);
    }

    [Fact]
    public void R45b_a_calledElement_that_is_no_key_raises_an_expression_incident()
    {
        var run = CallRun();

        run.Start(("childKey", 7), ("personId", "P1"), ("amount", 1));

        Assert.Equal(IncidentTypes.ExpressionError, run.IncidentOn("call").Type);
        Assert.Empty(run.State.Calls);
    }

    [Fact]
    public void R41c_an_error_the_child_left_uncaught_is_caught_at_the_call_and_the_child_cancelled()
    {
        var run = new EngineRun(WithRoots(
            [ErrorDefinition("rejected", "ASSESSMENT_REJECTED")],
            Start(), Flow("f1", "start", "call"), Call("call", "assessment"), Flow("f2", "call", "after"), Task("after"), Flow("f3", "after", "end"), End(),
            ErrorBoundary("failed", "call", "rejected", codeVariable: "failure"), Flow("f4", "failed", "redo"), Task("redo"), Flow("f5", "redo", "end")));
        var request = Requested(run.Start());

        var thrown = run.Send(new ThrowCallError(run.NextCommandId(), request.Call.ChildInstanceId, "ASSESSMENT_REJECTED", "grade disputed"));

        Assert.Null(thrown.Rejection);
        Assert.Contains(new ChildInstanceCancelled(request.Call.ChildInstanceId, "call"), thrown.Effects);
        Assert.Equal(["redo"], run.OpenTaskElements);
        Assert.Equal("ASSESSMENT_REJECTED", run.State.RootVariables["failure"].GetString());
    }

    [Fact]
    public void R41c_an_error_the_caller_does_not_catch_either_changes_nothing_and_the_child_keeps_its_incident()
    {
        var run = CallRun();
        var request = Requested(run.Start(("childKey", "assessment"), ("personId", "P1"), ("amount", 1)));
        var before = run.State;

        var thrown = run.Send(new ThrowCallError(run.NextCommandId(), request.Call.ChildInstanceId, "SOMETHING_ELSE"));

        Assert.Equal(RejectionCodes.ErrorNotCaught, thrown.Rejection?.Code);
        Assert.Same(before, run.State);
    }

    [Fact]
    public void R41c_an_uncaught_error_end_records_its_code_on_the_incident_for_the_caller()
    {
        var run = new EngineRun(WithRoots(
            [ErrorDefinition("rejected", "ASSESSMENT_REJECTED")],
            Start(), Flow("f1", "start", "fail"), ErrorEnd("fail", "rejected")));

        run.Start();

        var incident = run.IncidentOn("fail");
        Assert.Equal((IncidentTypes.UnhandledError, "ASSESSMENT_REJECTED"), (incident.Type, incident.ErrorCode));
    }
}
