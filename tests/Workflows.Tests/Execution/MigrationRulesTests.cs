using System.Collections.Immutable;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.Migration;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md R83–R84: migration plans and per-instance migration.</summary>
public sealed class MigrationRulesTests
{
    private static ImmutableSortedDictionary<string, string> Map(params (string From, string To)[] pairs) =>
        pairs.ToImmutableSortedDictionary(p => p.From, p => p.To, StringComparer.Ordinal);

    private static MigrationOutcome Migrate(EngineRun run, ProcessModel target, IReadOnlyDictionary<string, string> mappings) =>
        InstanceMigrator.Migrate(run.Model, target, 2, mappings, run.State, null, "migrate-1", run.Now, EngineOptions.ChinaStandardTime);

    private static ProcessModel ForkJoin(string flowIntoJoinFromA) => Bpmn(
        Start(), Flow("f1", "start", "fork"), Parallel("fork"), Flow("fa", "fork", "A"), Flow("fb", "fork", "B"),
        Task("A"), Task("B"), Flow(flowIntoJoinFromA, "A", "join"), Flow("fb2", "B", "join"), Parallel("join"), Flow("f2", "join", "end"), End());

    [Fact]
    public void R83a_a_user_task_mapped_to_a_receive_task_is_MigrationInvalid()
    {
        var source = Linear(Task("middle"));
        var target = Unvalidated(Start(), Flow("f1", "start", "middle"), "<bpmn:receiveTask id=\"middle\" />", Flow("f2", "middle", "end"), End());

        var problems = MigrationPlanner.Validate(source, target, Map(("middle", "middle")));

        var problem = Assert.Single(problems);
        Assert.Contains("userTask", problem, StringComparison.Ordinal);
        Assert.Contains("receiveTask", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void R83b_a_boundary_maps_only_with_its_host_and_unknown_elements_are_named()
    {
        var source = Linear(Task("middle"), TimerBoundary("late", "middle", "timeDuration", "PT1H"), Flow("f3", "late", "end"));
        var target = Bpmn(Start(), Flow("f1", "start", "other"), Task("other"), Flow("f2", "other", "middle"), Task("middle"), Flow("f4", "middle", "end"), End(),
            TimerBoundary("late", "middle", "timeDuration", "PT1H"), Flow("f3", "late", "end"));

        var problems = MigrationPlanner.Validate(source, target, Map(("middle", "other"), ("late", "late"), ("ghost", "middle")));

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("'ghost'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Boundary event 'late'", StringComparison.Ordinal));
    }

    [Fact]
    public void R84a_a_join_holding_an_arrival_on_a_flow_the_target_lacks_refuses_that_instance_only()
    {
        var target = ForkJoin("fa3");
        var mappings = Map(("A", "A"), ("B", "B"), ("join", "join"));
        var waiting = new EngineRun(ForkJoin("fa2"));
        waiting.Start();
        waiting.Complete("A");
        var fresh = new EngineRun(ForkJoin("fa2"));
        fresh.Start();

        var refused = Migrate(waiting, target, mappings);
        var migrated = Migrate(fresh, target, mappings);

        Assert.False(refused.Succeeded);
        Assert.Contains("'fa2'", refused.Problem, StringComparison.Ordinal);
        Assert.Same(waiting.State, refused.State);
        Assert.True(migrated.Succeeded, migrated.Problem);
        Assert.Equal(2, migrated.State.ProcessVersion);
        Assert.Equal(fresh.State.Tasks.Select(t => t.TaskId), migrated.State.Tasks.Select(t => t.TaskId));
    }

    [Fact]
    public void R84b_an_open_task_keeps_its_id_assignee_and_due_date_and_the_mapped_timer_keeps_its_due_instant()
    {
        var source = Linear(Task("middle", "camunda:assignee=\"wang\" camunda:dueDate=\"P5D\""),
            TimerBoundary("late", "middle", "timeDuration", "PT1H"), Flow("f3", "late", "end"));
        var target = Bpmn(Start(), Flow("f1", "start", "review"), Task("review", "camunda:assignee=\"li\""), Flow("f2", "review", "end"), End(),
            TimerBoundary("overdue", "review", "timeDuration", "PT8H"), Flow("f3", "overdue", "end"),
            TimerBoundary("remind", "review", "timeDuration", "PT2H", interrupting: false), Flow("f4", "remind", "end"));
        var run = new EngineRun(source);
        run.Start();
        var task = run.TaskOf("middle");
        var boundaryDue = run.TimerOf("late").DueAt;
        run.Now += TimeSpan.FromMinutes(10);

        var outcome = Migrate(run, target, Map(("middle", "review"), ("late", "overdue")));

        Assert.True(outcome.Succeeded, outcome.Problem);
        var moved = Assert.Single(outcome.State.Tasks);
        Assert.Equal((task.TaskId, "wang", task.DueDate, "review"), (moved.TaskId, moved.Assignee, moved.DueDate, moved.ElementId));
        Assert.Equal(boundaryDue, Assert.Single(outcome.State.Timers, t => t.ElementId == "overdue").DueAt);
        Assert.Equal(run.Now + TimeSpan.FromHours(2), Assert.Single(outcome.State.Timers, t => t.ElementId == "remind").DueAt);
        Assert.Contains(outcome.Effects, e => e is TimerScheduled { ElementId: "remind" });
        Assert.Equal(run.State.Elements.Select(e => e.Id), outcome.State.Elements.Select(e => e.Id));

        // The migrated state runs on the target model: completing the task finishes the instance.
        var after = new EngineRun(target);
        var completed = after.Engine.Execute(target, outcome.State, new CaseFlow.Workflows.Execution.Commands.CompleteTask("c-after", moved.TaskId), run.Now);
        Assert.True(completed.IsAccepted, completed.Rejection?.Message);
        Assert.Equal(InstanceStatus.Completed, completed.State.Status);
    }

    [Fact]
    public void R84c_an_unmapped_live_element_refuses_the_instance_and_a_repeated_command_id_replays()
    {
        var source = Linear(Task("middle"));
        var run = new EngineRun(source);
        run.Start();

        var refused = Migrate(run, source, Map());
        var first = Migrate(run, source, Map(("middle", "middle")));
        var again = InstanceMigrator.Migrate(source, source, 2, Map(("middle", "middle")), first.State, null, "migrate-1", run.Now, EngineOptions.ChinaStandardTime);

        Assert.Contains("'middle'", refused.Problem, StringComparison.Ordinal);
        Assert.True(first.Succeeded);
        Assert.True(again.Replayed);
        Assert.Same(first.State, again.State);
    }

    private static readonly string[] Messages =
    [
        MessageDefinition("docs", "documents-received"), MessageDefinition("docsNow", "documents-arrived"),
        MessageDefinition("withdraw", "application-withdrawn"), MessageDefinition("recall", "application-recalled"),
        MessageDefinition("byKind", "${kind}-recalled"),
    ];

    private static EngineResult Correlate(ProcessModel target, InstanceState state, string name, DateTimeOffset now) =>
        new EngineRun(target).Engine.Execute(target, state, new CaseFlow.Workflows.Execution.Commands.CorrelateMessage("correlate-after", name), now);

    [Fact]
    public void R84d_mapped_subscriptions_keep_their_ids_and_take_the_target_element_and_its_literal_name()
    {
        var source = WithRoots(Messages, Start(), Flow("f1", "start", "wait"), Receive("wait", "docs"), Flow("f2", "wait", "end"), End(),
            MessageBoundary("withdrawn", "wait", "withdraw"), Flow("f3", "withdrawn", "end"));
        var target = WithRoots(Messages, Start(), Flow("f1", "start", "await"), Receive("await", "docsNow"), Flow("f2", "await", "next"), Task("next"),
            Flow("f4", "next", "end"), End(), MessageBoundary("cancelled", "await", "withdraw"), Flow("f3", "cancelled", "end"));
        var run = new EngineRun(source);
        run.Start();
        var before = run.State.Subscriptions;

        var outcome = Migrate(run, target, Map(("wait", "await"), ("withdrawn", "cancelled")));

        Assert.True(outcome.Succeeded, outcome.Problem);
        Assert.Equal(
            before.Select(s => (s.SubscriptionId, s.ElementInstanceId)),
            outcome.State.Subscriptions.Select(s => (s.SubscriptionId, s.ElementInstanceId)));
        Assert.Equal(
            [("await", "documents-arrived"), ("cancelled", "application-withdrawn")],
            outcome.State.Subscriptions.Select(s => (s.ElementId, s.MessageName)));
        Assert.DoesNotContain(outcome.Effects, e => e is MessageSubscriptionClosed or MessageSubscriptionOpened);

        // The migrated receive task takes the target's message and continues on the target's flows.
        var delivered = Correlate(target, outcome.State, "documents-arrived", run.Now);
        Assert.True(delivered.IsAccepted, delivered.Rejection?.Message);
        Assert.Contains(delivered.Effects, e => e is MessageCorrelated { ElementId: "await" });
        Assert.Equal(["next"], delivered.State.Tasks.Select(t => t.ElementId));
        Assert.Empty(delivered.State.Subscriptions);
    }

    [Fact]
    public void R84e_an_unmapped_message_boundary_closes_and_a_literal_one_new_in_the_target_opens_on_the_live_host()
    {
        var source = WithRoots(Messages, Start(), Flow("f1", "start", "middle"), Task("middle"), Flow("f2", "middle", "end"), End(),
            MessageBoundary("withdrawn", "middle", "withdraw"), Flow("f3", "withdrawn", "end"));
        var target = WithRoots(Messages, Start(), Flow("f1", "start", "middle"), Task("middle"), Flow("f2", "middle", "end"), End(),
            MessageBoundary("recalled", "middle", "recall"), Flow("f3", "recalled", "chase"), Task("chase"), Flow("f4", "chase", "end"));
        var run = new EngineRun(source);
        run.Start();
        var closed = Assert.Single(run.State.Subscriptions);
        var host = Assert.Single(run.State.Elements);

        var outcome = Migrate(run, target, Map(("middle", "middle")));

        Assert.True(outcome.Succeeded, outcome.Problem);
        Assert.Contains(new MessageSubscriptionClosed(closed.SubscriptionId, "withdrawn", "application-withdrawn"), outcome.Effects);
        var opened = Assert.Single(outcome.State.Subscriptions);
        Assert.Equal((host.Id, "recalled", "application-recalled"), (opened.ElementInstanceId, opened.ElementId, opened.MessageName));
        Assert.NotEqual(closed.SubscriptionId, opened.SubscriptionId);
        Assert.Contains(new MessageSubscriptionOpened(opened.SubscriptionId, "recalled", "application-recalled"), outcome.Effects);

        Assert.Equal(RejectionCodes.MessageNotCorrelated, Correlate(target, outcome.State, "application-withdrawn", run.Now).Rejection?.Code);
        var recalled = Correlate(target, outcome.State, "application-recalled", run.Now);
        Assert.True(recalled.IsAccepted, recalled.Rejection?.Message);
        Assert.Equal(["chase"], recalled.State.Tasks.Select(t => t.ElementId));
    }

    [Fact]
    public void R84f_a_message_boundary_new_in_the_target_with_an_expression_name_refuses_the_instance()
    {
        var source = Linear(Task("middle"));
        var target = WithRoots(Messages, Start(), Flow("f1", "start", "middle"), Task("middle"), Flow("f2", "middle", "end"), End(),
            MessageBoundary("recalled", "middle", "byKind"), Flow("f3", "recalled", "end"));
        var run = new EngineRun(source);
        run.Start();

        var outcome = Migrate(run, target, Map(("middle", "middle")));

        Assert.False(outcome.Succeeded);
        Assert.Contains("'recalled'", outcome.Problem, StringComparison.Ordinal);
        Assert.Contains("expression", outcome.Problem, StringComparison.Ordinal);
        Assert.Same(run.State, outcome.State);
        Assert.Empty(outcome.Effects);
    }

    [Fact]
    public void R84g_an_event_gateway_target_waiting_for_a_message_must_be_mapped()
    {
        ProcessModel Gateway(string messageTarget) => WithRoots(
            Messages,
            Start(), Flow("f1", "start", "gate"), EventGateway("gate"),
            Flow("toMessage", "gate", messageTarget), MessageCatch(messageTarget, "docs"),
            Flow("toTimer", "gate", "deadline"), TimerCatch("deadline", "timeDuration", "P14D"),
            Flow("f2", messageTarget, "review"), Task("review"), Flow("f3", "deadline", "end"), Flow("f4", "review", "end"), End());
        var source = Gateway("docsArrived");
        var target = Gateway("docsIn");
        var run = new EngineRun(source);
        run.Start();
        var subscription = Assert.Single(run.State.Subscriptions);

        var refused = Migrate(run, target, Map(("gate", "gate"), ("deadline", "deadline")));
        var migrated = Migrate(run, target, Map(("gate", "gate"), ("deadline", "deadline"), ("docsArrived", "docsIn")));

        Assert.False(refused.Succeeded);
        Assert.Contains("'docsArrived'", refused.Problem, StringComparison.Ordinal);
        Assert.Contains("'gate'", refused.Problem, StringComparison.Ordinal);
        Assert.True(migrated.Succeeded, migrated.Problem);
        var moved = Assert.Single(migrated.State.Subscriptions);
        Assert.Equal((subscription.SubscriptionId, "docsIn"), (moved.SubscriptionId, moved.ElementId));
        var delivered = Correlate(target, migrated.State, "documents-received", run.Now);
        Assert.True(delivered.IsAccepted, delivered.Rejection?.Message);
        Assert.Equal(["review"], delivered.State.Tasks.Select(t => t.ElementId));
        Assert.Empty(delivered.State.Timers);
    }

    [Fact]
    public void R84_a_live_multi_instance_body_migrates_with_its_inner_instances_and_a_new_boundary_attaches_to_the_body_once()
    {
        var loop = "<bpmn:multiInstanceLoopCharacteristics isSequential=\"true\" camunda:collection=\"reviewers\" camunda:elementVariable=\"reviewer\" />";
        var run = new EngineRun(Linear(Task("middle", body: loop)));
        run.Start(("reviewers", new[] { "wang", "li" }));
        run.Complete("middle");
        var target = Linear(Task("middle", "camunda:priority=\"70\"", loop), TimerBoundary("late", "middle", "timeDuration", "P3D"), Flow("f3", "late", "end"));

        var outcome = Migrate(run, target, Map(("middle", "middle")));

        Assert.Null(outcome.Problem);
        var state = outcome.State;
        Assert.Equal(2, state.Elements.Count); // the body and its one running inner instance
        var body = Assert.Single(state.Scopes, scope => scope.Loop is not null);
        Assert.Equal(1, Assert.Single(state.Elements, element => element.LoopCounter is not null).LoopCounter);
        var timer = Assert.Single(state.Timers);
        Assert.Equal(body.Id, timer.ElementInstanceId);

        var resumed = new EngineRun(target);
        var completed = resumed.Engine.Execute(target, state, new CaseFlow.Workflows.Execution.Commands.CompleteTask("c-next", state.Tasks.Single().TaskId, null, "bob"), run.Now);
        Assert.True(completed.IsAccepted, completed.Rejection?.Message);
        Assert.Equal(InstanceStatus.Completed, completed.State.Status);
    }
}
