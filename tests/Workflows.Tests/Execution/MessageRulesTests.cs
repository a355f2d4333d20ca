using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.8 on the engine side: subscriptions, delivery to one instance, event-based gateway.</summary>
public sealed class MessageRulesTests
{
    private static readonly string[] Messages = [MessageDefinition("docs", "documents-received"), MessageDefinition("withdraw", "application-withdrawn")];

    private static EngineResult Correlate(EngineRun run, string name, params (string Name, object? Value)[] variables) =>
        run.Send(new CorrelateMessage(run.NextCommandId(), name, EngineRun.Vars(variables)));

    [Fact]
    public void R65a_a_message_completes_a_waiting_receive_task_and_writes_its_variables()
    {
        var run = new EngineRun(WithRoots(Messages, Start(), Flow("f1", "start", "wait"), Receive("wait", "docs"), Flow("f2", "wait", "next"), Task("next"), Flow("f3", "next", "end"), End()));
        run.Start();
        var subscription = Assert.Single(run.State.Subscriptions);
        Assert.Equal(("wait", "documents-received"), (subscription.ElementId, subscription.MessageName));

        var result = Correlate(run, "documents-received", ("pages", 4));

        Assert.Contains(new MessageSubscriptionClosed(subscription.SubscriptionId, "wait", "documents-received"), result.Effects);
        Assert.Empty(run.State.Subscriptions);
        Assert.Equal(["next"], run.OpenTaskElements);
        Assert.Equal(4, run.State.RootVariables["pages"].GetInt32());
    }

    [Fact]
    public void R52a_a_receive_task_cancelled_by_a_boundary_closes_its_subscription()
    {
        var run = new EngineRun(WithRoots(
            Messages,
            Start(), Flow("f1", "start", "wait"), Receive("wait", "docs"), Flow("f2", "wait", "end"), End(),
            TimerBoundary("timeout", "wait", "timeDuration", "P7D"), Flow("f3", "timeout", "chase"), Task("chase"), Flow("f4", "chase", "end")));
        run.Start();
        run.Now = run.Now.AddDays(7);
        run.Fire(run.TimerOf("timeout").TimerId);

        var late = Correlate(run, "documents-received");

        Assert.Equal(RejectionCodes.MessageNotCorrelated, late.Rejection?.Code);
        Assert.Empty(run.State.Subscriptions);
    }

    [Fact]
    public void R53a_a_message_with_no_waiting_subscription_is_MessageNotCorrelated_and_nothing_is_stored()
    {
        var run = new EngineRun(WithRoots(Messages, Start(), Flow("f1", "start", "wait"), Receive("wait", "docs"), Flow("f2", "wait", "end"), End()));
        run.Start();
        var before = run.State;

        var result = Correlate(run, "application-withdrawn", ("x", 1));

        Assert.Equal(RejectionCodes.MessageNotCorrelated, result.Rejection?.Code);
        Assert.Same(before, run.State);
    }

    [Fact]
    public void R53b_two_subscriptions_of_one_name_in_an_instance_are_MessageAmbiguous()
    {
        var run = new EngineRun(WithRoots(
            Messages,
            Start(), Flow("f1", "start", "fork"), Parallel("fork"), Flow("f2", "fork", "a"), Flow("f3", "fork", "b"),
            Receive("a", "docs"), Receive("b", "docs"), Flow("f4", "a", "end"), Flow("f5", "b", "end"), End()));
        run.Start();

        var result = Correlate(run, "documents-received");

        Assert.Equal(RejectionCodes.MessageAmbiguous, result.Rejection?.Code);
        Assert.Equal(2, run.State.Subscriptions.Count);
    }

    [Fact]
    public void R55a_a_message_before_the_catch_opens_is_rejected_and_the_later_catch_waits()
    {
        var run = new EngineRun(WithRoots(
            Messages,
            Start(), Flow("f1", "start", "first"), Task("first"), Flow("f2", "first", "catch"), MessageCatch("catch", "docs"),
            Flow("f3", "catch", "end"), End()));
        run.Start();

        Assert.Equal(RejectionCodes.MessageNotCorrelated, Correlate(run, "documents-received").Rejection?.Code);
        run.Complete("first");

        Assert.Equal("catch", Assert.Single(run.State.Subscriptions).ElementId);
        Correlate(run, "documents-received");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal(RejectionCodes.MessageNotCorrelated, Correlate(run, "documents-received").Rejection?.Code);
    }

    [Fact]
    public void R56a_message_variables_stay_local_to_a_catch_event_with_output_parameters()
    {
        var run = new EngineRun(WithRoots(
            Messages,
            Start(), Flow("f1", "start", "catch"), MessageCatch("catch", "docs", InputOutput([], [("pageCount", "${x}")])),
            Flow("f2", "catch", "next"), Task("next"), Flow("f3", "next", "end"), End()));
        run.Start();

        Correlate(run, "documents-received", ("x", 7));

        Assert.Equal(["pageCount"], run.State.RootVariables.Keys);
        Assert.Equal(7, run.State.RootVariables["pageCount"].GetInt32());
    }

    [Fact]
    public void R57b_a_repeated_message_id_returns_the_first_result_and_delivers_once()
    {
        var run = new EngineRun(WithRoots(
            Messages,
            Start(), Flow("f1", "start", "review"), Task("review"), Flow("f2", "review", "end"), End(),
            MessageBoundary("note", "review", "docs", interrupting: false), Flow("f3", "note", "check"), Task("check"), Flow("f4", "check", "end")));
        run.Start();

        var first = run.Send(new CorrelateMessage("message-1", "documents-received"));
        var again = run.Send(new CorrelateMessage("message-1", "documents-received"));

        Assert.NotNull(again.Replayed);
        Assert.Empty(again.Effects);
        Assert.Single(run.State.Tasks, task => task.ElementId == "check");
        Assert.Single(first.Effects.OfType<MessageCorrelated>());
    }

    [Fact]
    public void R40a_a_non_interrupting_message_boundary_triggers_per_message_and_the_host_stays()
    {
        var run = new EngineRun(WithRoots(
            Messages,
            Start(), Flow("f1", "start", "review"), Task("review"), Flow("f2", "review", "end"), End(),
            MessageBoundary("note", "review", "docs", interrupting: false), Flow("f3", "note", "check"), Task("check"), Flow("f4", "check", "end")));
        run.Start();

        Correlate(run, "documents-received");
        Correlate(run, "documents-received");

        Assert.Equal(["review", "check", "check"], run.OpenTaskElements);
        Assert.Single(run.State.Subscriptions);
        run.Complete("review");
        Assert.Empty(run.State.Subscriptions);
    }

    [Fact]
    public void R40b_an_interrupting_message_boundary_cancels_the_host()
    {
        var run = new EngineRun(WithRoots(
            Messages,
            Start(), Flow("f1", "start", "review"), Task("review"), Flow("f2", "review", "end"), End(),
            MessageBoundary("stop", "review", "withdraw"), Flow("f3", "stop", "archive"), Task("archive"), Flow("f4", "archive", "end")));
        run.Start();

        var result = Correlate(run, "application-withdrawn", ("reason", "moved away"));

        Assert.Contains(result.Effects, effect => effect is TaskCancelled { ElementId: "review" });
        Assert.Equal(["archive"], run.OpenTaskElements);
        Assert.Equal("moved away", run.State.RootVariables["reason"].GetString());
    }

    private static EngineRun EventGatewayRun() => new(WithRoots(
        Messages,
        Start(), Flow("f1", "start", "gate"), EventGateway("gate"),
        Flow("toMessage", "gate", "docsArrived"), MessageCatch("docsArrived", "docs"),
        Flow("toTimer", "gate", "deadline"), TimerCatch("deadline", "timeDuration", "P14D"),
        Flow("f2", "docsArrived", "review"), Task("review"), Flow("f3", "deadline", "close"), Task("close"),
        Flow("f4", "review", "end"), Flow("f5", "close", "end"), End()));

    [Fact]
    public void R23a_the_message_first_takes_the_message_path_and_cancels_the_timer()
    {
        var run = EventGatewayRun();
        run.Start();
        var timerId = run.TimerOf("deadline").TimerId;

        var result = Correlate(run, "documents-received");

        Assert.Contains(result.Effects, effect => effect is TimerCancelled { ElementId: "deadline" });
        Assert.Equal(["review"], run.OpenTaskElements);
        Assert.Empty(run.State.Timers);
        run.Now = run.Now.AddDays(14);
        var late = run.Fire(timerId);
        Assert.True(late.IsAccepted);
        Assert.Empty(late.Effects);
    }

    [Fact]
    public void R23b_the_timer_first_takes_the_timer_path_and_a_later_message_is_not_correlated()
    {
        var run = EventGatewayRun();
        run.Start();
        run.Now = run.Now.AddDays(14);

        var fired = run.Fire(run.TimerOf("deadline").TimerId);

        Assert.Contains(fired.Effects, effect => effect is MessageSubscriptionClosed { ElementId: "docsArrived" });
        Assert.Equal(["close"], run.OpenTaskElements);
        Assert.Equal(RejectionCodes.MessageNotCorrelated, Correlate(run, "documents-received").Rejection?.Code);
    }
}
