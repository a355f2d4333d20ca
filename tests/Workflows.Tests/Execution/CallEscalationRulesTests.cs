using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md R43 and R47 across a call activity: a child's uncaught escalation is offered to its caller.</summary>
public sealed class CallEscalationRulesTests
{
    private static readonly string[] Roots = [EscalationDefinition("late", "ESC_LATE"), EscalationDefinition("other", "ESC_OTHER")];

    /// <summary>start → call → after → end; <paramref name="boundaries"/> on the call, each leading to a task named after it.</summary>
    private static EngineRun Caller(params (string Id, string? EscalationRef, bool Interrupting)[] boundaries) => new(WithRoots(
        Roots,
        [
            Start(), Flow("f1", "start", "call"), Call("call", "assessment"), Flow("f2", "call", "after"), Task("after"), Flow("f3", "after", "end"), End(),
            .. boundaries.SelectMany(b => new[]
            {
                EscalationBoundary(b.Id, "call", b.EscalationRef, b.Interrupting, codeVariable: "escalated"),
                Flow("to-" + b.Id, b.Id, "on-" + b.Id), Task("on-" + b.Id), Flow("from-" + b.Id, "on-" + b.Id, "end"),
            }),
        ]));

    private static string ChildId(EngineRun run) => Assert.Single(run.State.Calls).ChildInstanceId;

    [Fact]
    public void R43c_a_called_child_passes_an_uncaught_escalation_to_its_caller_and_its_throw_path_continues()
    {
        var run = new EngineRun(WithRoots(Roots, Start(), Flow("f1", "start", "throw"), EscalationThrow("throw", "late"), Flow("f2", "throw", "next"), Task("next"), Flow("f3", "next", "end"), End())).AsCalled();

        var result = run.Start();

        var raised = Assert.Single(result.Effects.OfType<EscalationRaisedToCaller>());
        Assert.Equal(("throw", "ESC_LATE"), (raised.ThrowerElementId, raised.EscalationCode));
        Assert.DoesNotContain(result.Effects, effect => effect is EscalationNotCaught);
        Assert.Equal(["next"], run.OpenTaskElements);
        Assert.Empty(run.State.Incidents);
    }

    [Fact]
    public void R43c_an_escalation_end_in_a_called_child_ends_its_path_and_each_raise_has_its_own_id()
    {
        var run = new EngineRun(WithRoots(
            Roots,
            Start(), Flow("f1", "start", "split"), Parallel("split"), Flow("f2", "split", "first"), Flow("f3", "split", "second"),
            EscalationEnd("first", "late"), EscalationEnd("second", "late"))).AsCalled();

        var result = run.Start();

        var raised = result.Effects.OfType<EscalationRaisedToCaller>().ToList();
        Assert.Equal(2, raised.Count);
        Assert.NotEqual(raised[0].EscalationId, raised[1].EscalationId);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void R43d_a_non_interrupting_catch_at_the_call_starts_the_boundary_path_while_the_call_keeps_waiting()
    {
        var run = Caller(("any", null, true), ("exact", "late", false));
        run.Start();
        var childId = ChildId(run);

        var thrown = run.Send(new ThrowCallEscalation(run.NextCommandId(), childId, "ESC_LATE"));

        Assert.Null(thrown.Rejection);
        Assert.Contains(new EscalationCaught("call", "ESC_LATE", "exact", false), thrown.Effects);
        Assert.DoesNotContain(thrown.Effects, effect => effect is ChildInstanceCancelled);
        Assert.Equal(["on-exact"], run.OpenTaskElements);
        Assert.Equal(childId, ChildId(run));
        Assert.Equal("ESC_LATE", run.State.RootVariables["escalated"].GetString());
    }

    [Fact]
    public void R43e_an_interrupting_catch_at_the_call_cancels_the_call_and_its_child_and_later_news_is_not_taken()
    {
        var run = Caller(("any", null, true), ("exact", "other", false));
        run.Start();
        var childId = ChildId(run);

        var thrown = run.Send(new ThrowCallEscalation(run.NextCommandId(), childId, "ESC_LATE"));
        var late = run.Send(new ThrowCallEscalation(run.NextCommandId(), childId, "ESC_LATE"));

        Assert.Contains(new EscalationCaught("call", "ESC_LATE", "any", true), thrown.Effects);
        Assert.Contains(new ChildInstanceCancelled(childId, "call"), thrown.Effects);
        Assert.Equal(["on-any"], run.OpenTaskElements);
        Assert.Empty(run.State.Calls);
        Assert.Equal(RejectionCodes.CallNotActive, late.Rejection?.Code);
        Assert.Equal(RejectionCodes.CallNotActive, run.Send(new CompleteCall(run.NextCommandId(), childId)).Rejection?.Code);
    }

    [Fact]
    public void R43f_an_escalation_a_subprocess_around_the_call_catches_cancels_the_subprocess_and_the_call()
    {
        var run = new EngineRun(WithRoots(
            Roots,
            Start(), Flow("f1", "start", "sub"),
            SubProcess("sub", Start("subStart"), Flow("s1", "subStart", "call"), Call("call", "assessment"), Flow("s2", "call", "subEnd"), End("subEnd")),
            Flow("f2", "sub", "end"), End(),
            EscalationBoundary("caught", "sub", "late"), Flow("f3", "caught", "handle"), Task("handle"), Flow("f4", "handle", "end")));
        run.Start();
        var childId = ChildId(run);

        var thrown = run.Send(new ThrowCallEscalation(run.NextCommandId(), childId, "ESC_LATE"));

        Assert.Contains(new EscalationCaught("call", "ESC_LATE", "caught", true), thrown.Effects);
        Assert.Contains(new ChildInstanceCancelled(childId, "call"), thrown.Effects);
        Assert.Equal(["handle"], run.OpenTaskElements);
    }

    [Fact]
    public void R44b_an_escalation_no_caller_catches_is_recorded_at_the_top_and_the_call_keeps_waiting()
    {
        var run = Caller(("exact", "other", true));
        run.Start();
        var childId = ChildId(run);

        var thrown = run.Send(new ThrowCallEscalation(run.NextCommandId(), childId, "ESC_LATE"));

        Assert.Null(thrown.Rejection);
        Assert.Contains(new EscalationNotCaught("call", "ESC_LATE"), thrown.Effects);
        Assert.Equal(childId, ChildId(run));
        Assert.Empty(run.OpenTaskElements);
        Assert.Empty(run.State.Incidents);
    }

    [Fact]
    public void R43g_a_called_caller_that_does_not_catch_it_passes_it_further_up()
    {
        var run = Caller(("exact", "other", true)).AsCalled();
        run.Start();
        var childId = ChildId(run);

        var thrown = run.Send(new ThrowCallEscalation(run.NextCommandId(), childId, "ESC_LATE"));

        var raised = Assert.Single(thrown.Effects.OfType<EscalationRaisedToCaller>());
        Assert.Equal(("call", "ESC_LATE"), (raised.ThrowerElementId, raised.EscalationCode));
        Assert.DoesNotContain(thrown.Effects, effect => effect is EscalationNotCaught);
        Assert.Equal(childId, ChildId(run));
    }

    [Fact]
    public void R43d_a_repeated_throw_at_the_call_is_taken_once()
    {
        var run = Caller(("exact", "late", false));
        run.Start();
        var command = new ThrowCallEscalation("call:child:escalation:1", ChildId(run), "ESC_LATE");

        run.Send(command);
        var repeated = run.Send(command);

        Assert.NotNull(repeated.Replayed);
        Assert.Equal(["on-exact"], run.OpenTaskElements);
    }
}
