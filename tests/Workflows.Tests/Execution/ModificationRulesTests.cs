using System.Collections.Immutable;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md R73: operator modification of an instance in one step.</summary>
public sealed class ModificationRulesTests
{
    private static EngineResult Modify(EngineRun run, (string Name, object? Value)[]? variables, params ModificationInstruction[] instructions) =>
        run.Send(new ModifyInstance(run.NextCommandId(), [.. instructions], variables is null ? null : EngineRun.Vars(variables), "operator", "fix"));

    private static ModificationInstruction Cancel(string elementId) => new(ModificationKinds.Cancel, elementId);

    private static ModificationInstruction Before(string elementId, string? via = null) => new(ModificationKinds.StartBefore, elementId, ViaFlow: via);

    /// <summary>start → fork → (A, B) → join → end.</summary>
    private static EngineRun ForkJoin()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"), Flow("fa", "fork", "A"), Flow("fb", "fork", "B"),
            Task("A"), Task("B"), Flow("fa2", "A", "join"), Flow("fb2", "B", "join"), Parallel("join"), Flow("f2", "join", "end"), End()));
        run.Start();
        return run;
    }

    [Fact]
    public void R73a_start_before_a_join_needs_viaFlow_which_records_the_arrival()
    {
        var run = ForkJoin();
        run.Complete("A");
        var before = run.State;

        var plain = Modify(run, null, Cancel("B"), Before("join"));

        Assert.Equal(RejectionCodes.ModificationInvalid, plain.Rejection?.Code);
        Assert.Same(before, run.State);

        var via = Modify(run, null, Cancel("B"), Before("join", "fb2"));

        Assert.True(via.IsAccepted, via.Rejection?.Message);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Contains(via.Effects, effect => effect is TaskCancelled { ElementId: "B" });
        Assert.Empty(run.State.JoinArrivals);
    }

    [Fact]
    public void R73b_moving_a_token_cancels_the_task_with_its_boundary_timer_and_creates_the_target_task()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "first"), Task("first"), Flow("f2", "first", "second"), Task("second"), Flow("f3", "second", "end"), End(),
            TimerBoundary("late", "first", "timeDuration", "PT1H"), Flow("f4", "late", "end_late"), End("end_late")));
        run.Start();

        var moved = Modify(run, null, Cancel("first"), Before("second"));

        Assert.True(moved.IsAccepted);
        Assert.Equal(["second"], run.OpenTaskElements);
        Assert.Empty(run.State.Timers);
        Assert.Equal(
            [typeof(TaskCancelled), typeof(TimerCancelled), typeof(TaskCreated)],
            moved.Effects.Where(e => e is TaskCancelled or TimerCancelled or TaskCreated).Select(e => e.GetType()));
    }

    [Fact]
    public void R73c_a_modification_that_leaves_no_active_element_cancels_the_instance()
    {
        var run = ForkJoin();

        var result = Modify(run, null, Cancel("A"), Cancel("B"));

        Assert.True(result.IsAccepted);
        Assert.Equal(InstanceStatus.Cancelled, run.State.Status);
        Assert.IsType<InstanceCancelled>(result.Effects[^1]);
    }

    [Fact]
    public void R73d_an_invalid_instruction_rejects_the_whole_modification_and_changes_nothing()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "first"), Task("first"), Flow("f2", "first", "end"), End(),
            TimerBoundary("late", "first", "timeDuration", "PT1H"), Flow("f4", "late", "end_late"), End("end_late")));
        run.Start();
        var before = run.State;

        var boundary = Modify(run, null, Cancel("first"), Before("late"));
        var unknown = Modify(run, null, Before("nowhere"));
        var notLive = Modify(run, null, Cancel("end"));
        var kind = Modify(run, null, new ModificationInstruction("teleport", "first"));
        var empty = Modify(run, null);

        Assert.All([boundary, unknown, notLive, kind, empty], r => Assert.Equal(RejectionCodes.ModificationInvalid, r.Rejection?.Code));
        Assert.StartsWith("Instruction 2:", boundary.Rejection!.Message, StringComparison.Ordinal);
        Assert.Same(before, run.State);
    }

    [Fact]
    public void R73e_variables_are_written_before_the_tokens_start_so_a_restarted_gateway_sees_them()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "gate"), Exclusive("gate"),
            Flow("yes", "gate", "approve", "${ok}"), Flow("no", "gate", "reject", "${!ok}"),
            Task("approve"), Task("reject"), Flow("f2", "approve", "end"), Flow("f3", "reject", "end"), End()));
        run.Start(("ok", false));
        Assert.Equal(["reject"], run.OpenTaskElements);

        var result = Modify(run, [("ok", true)], Cancel("reject"), Before("gate"));

        Assert.True(result.IsAccepted);
        Assert.Equal(["approve"], run.OpenTaskElements);
        Assert.True(run.State.RootVariables["ok"].GetBoolean());
    }

    [Fact]
    public void R73f_start_after_takes_the_single_outgoing_flow()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "first"), Task("first"), Flow("f2", "first", "second"), Task("second"), Flow("f3", "second", "end"), End()));
        run.Start();

        var result = Modify(run, null, new ModificationInstruction(ModificationKinds.StartAfter, "first"), Cancel("first"));

        Assert.True(result.IsAccepted);
        Assert.Equal(["second"], run.OpenTaskElements);
        Assert.Equal(ImmutableList<Incident>.Empty, run.State.Incidents);
    }

    [Fact]
    public void R73g_starting_inside_a_subprocess_with_no_live_instance_creates_it_with_its_boundary_timer()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "before"), Task("before"), Flow("f2", "before", "sub"),
            SubProcess("sub", Start("sub_start"), Flow("s1", "sub_start", "inner"), Task("inner"), Flow("s2", "inner", "sub_end"), End("sub_end")),
            Flow("f3", "sub", "after"), Task("after"), Flow("f4", "after", "end"), End(),
            TimerBoundary("sub_late", "sub", "timeDuration", "PT2H"), Flow("f5", "sub_late", "end_late"), End("end_late")));
        run.Start();

        var moved = Modify(run, null, Cancel("before"), Before("inner"));

        Assert.True(moved.IsAccepted, moved.Rejection?.Message);
        Assert.Equal(["inner"], run.OpenTaskElements);
        Assert.Equal(run.Now + TimeSpan.FromHours(2), run.TimerOf("sub_late").DueAt);
        Assert.Contains(run.State.Scopes, scope => scope.ElementId == "sub");

        run.Complete("inner");

        Assert.Equal(["after"], run.OpenTaskElements);
        Assert.Empty(run.State.Timers);
    }
}
