using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.7: multi-instance activities (R48–R51).</summary>
public sealed class MultiInstanceRulesTests
{
    private static readonly string[] Reviewers = ["wang", "li", "zhao"];

    /// <summary>start → review (multi-instance user task) → after → end, plus extra elements.</summary>
    private static EngineRun ReviewRun(string loop, string reviewExtras = "", string attributes = "", params string[] extra) =>
        new(Bpmn([Start(), Flow("f1", "start", "review"), Task("review", attributes, reviewExtras + loop), Flow("f2", "review", "after"), Task("after"), Flow("f3", "after", "end"), End(), .. extra]));

    private static List<ElementInstance> Inners(EngineRun run) =>
        [.. run.State.Elements.Where(element => element.LoopCounter is not null).OrderBy(element => element.LoopCounter)];

    private static ScopeInstance Body(EngineRun run) => Assert.Single(run.State.Scopes, scope => scope.Loop is not null);

    private static int Counter(EngineRun run, string name) => Body(run).Variables[name].GetInt32();

    private static string TaskFor(EngineRun run, int loopCounter) =>
        Assert.Single(run.State.Tasks, task => task.ElementInstanceId == Inners(run).Single(inner => inner.LoopCounter == loopCounter).Id).TaskId;

    [Fact]
    public void R48a_a_parallel_body_over_three_reviewers_creates_three_tasks_with_element_variable_and_loop_counter()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "review"),
            Task("review", "camunda:assignee=\"${reviewer}\"", InputOutput([("index", "${loopCounter}")], []) + OverReviewers()),
            Flow("f2", "review", "end"), End()));

        run.Start(("reviewers", Reviewers));

        Assert.Equal(["review", "review", "review"], run.OpenTaskElements);
        var inners = Inners(run);
        Assert.Equal([0, 1, 2], inners.Select(inner => inner.Variables["index"].GetInt32()));
        Assert.Equal(Reviewers, run.State.Tasks.Select(task => task.Assignee));
        Assert.Equal(3, Counter(run, "nrOfInstances"));
        Assert.Equal(3, Counter(run, "nrOfActiveInstances"));
        Assert.Equal(0, Counter(run, "nrOfCompletedInstances"));
    }

    [Fact]
    public void R48a_the_collection_is_copied_at_activation_so_later_changes_do_not_matter()
    {
        var run = ReviewRun(OverReviewers(sequential: true));
        run.Start(("reviewers", Reviewers));

        run.CompleteTaskId(TaskFor(run, 0), ("reviewers", new[] { "other" }));

        Assert.Equal(1, Assert.Single(Inners(run)).LoopCounter);
        Assert.Equal("li", Body(run).Loop!.Items![1].GetString());
        Assert.Equal(3, Counter(run, "nrOfInstances"));
    }

    [Fact]
    public void R48b_an_empty_collection_completes_the_body_at_once()
    {
        var run = ReviewRun(OverReviewers());

        run.Start(("reviewers", Array.Empty<string>()));

        Assert.Equal(["after"], run.OpenTaskElements);
        Assert.Empty(Inners(run));
        Assert.DoesNotContain(run.State.Scopes, scope => scope.Loop is not null);
    }

    [Fact]
    public void R48c_a_sequential_body_creates_the_next_task_only_after_the_previous_one_completes()
    {
        var run = ReviewRun(OverReviewers(sequential: true), attributes: "camunda:assignee=\"${reviewer}\"");
        run.Start(("reviewers", Reviewers));

        var seen = new List<string?>();
        for (var index = 0; index < 3; index++)
        {
            var inner = Assert.Single(Inners(run));
            Assert.Equal(index, inner.LoopCounter);
            Assert.Equal(1, Counter(run, "nrOfActiveInstances"));
            Assert.Equal(index, Counter(run, "nrOfCompletedInstances"));
            seen.Add(run.State.Tasks.Single().Assignee);
            Assert.Equal(["review"], run.OpenTaskElements);
            run.CompleteTaskId(TaskFor(run, index));
        }

        Assert.Equal(Reviewers, seen);
        Assert.Equal(["after"], run.OpenTaskElements);
    }

    [Fact]
    public void R48_more_inner_instances_than_the_limit_raise_MultiInstanceLimit_and_nothing_is_created()
    {
        var run = ReviewRun(Times("${count}"));

        run.Start(("count", 1001));

        Assert.Equal(IncidentTypes.MultiInstanceLimit, run.IncidentOn("review").Type);
        Assert.Empty(run.State.Tasks);
        Assert.Empty(Inners(run));
    }

    [Fact]
    public void R48_a_collection_that_is_not_an_array_raises_ExpressionError_and_a_retry_with_a_fix_proceeds()
    {
        var run = ReviewRun(OverReviewers());
        run.Start(("reviewers", "wang"));
        var incident = run.IncidentOn("review");

        run.Retry(incident.IncidentId, ("reviewers", new[] { "wang", "li" }));

        Assert.Equal(IncidentTypes.ExpressionError, incident.Type);
        Assert.Contains("array", incident.Message, StringComparison.Ordinal);
        Assert.Equal(2, run.State.Tasks.Count);
    }

    [Fact]
    public void R48_a_literal_cardinality_counts_the_inner_instances_without_an_element_variable()
    {
        var run = ReviewRun(Times("2"));

        run.Start();

        Assert.Equal(2, run.State.Tasks.Count);
        Assert.Equal([0, 1], Inners(run).Select(inner => inner.LoopCounter));
        Assert.Null(Body(run).Loop!.Items);
    }

    [Fact]
    public void R49a_two_of_three_parallel_instances_completed_leave_one_active()
    {
        var run = ReviewRun(OverReviewers());
        run.Start(("reviewers", Reviewers));

        run.CompleteTaskId(TaskFor(run, 2));
        run.CompleteTaskId(TaskFor(run, 0));

        Assert.Equal(2, Counter(run, "nrOfCompletedInstances"));
        Assert.Equal(1, Counter(run, "nrOfActiveInstances"));
        Assert.Equal(1, Assert.Single(Inners(run)).LoopCounter);
        Assert.DoesNotContain(run.State.Tasks, task => task.ElementId == "after");
    }

    [Fact]
    public void R50a_a_completion_condition_cancels_the_remaining_instance_and_the_body_completes_once()
    {
        var run = ReviewRun(OverReviewers(completion: "${nrOfCompletedInstances/nrOfInstances >= 0.6}"));
        run.Start(("reviewers", Reviewers));
        var third = TaskFor(run, 2);

        run.CompleteTaskId(TaskFor(run, 0));
        Assert.Equal(2, run.State.Tasks.Count(task => task.ElementId == "review"));
        var result = run.CompleteTaskId(TaskFor(run, 1));

        Assert.Equal(third, Assert.Single(result.Effects.OfType<TaskCancelled>()).TaskId);
        Assert.Equal(["after"], run.OpenTaskElements);
        Assert.Empty(Inners(run));
        Assert.Equal(RejectionCodes.TaskNotActive, run.CompleteTaskId(third).Rejection?.Code);
    }

    [Fact]
    public void R50_a_sequential_body_skips_the_unstarted_instances_when_its_condition_holds()
    {
        var run = ReviewRun(OverReviewers(sequential: true, completion: "${approved == true}"));
        run.Start(("reviewers", Reviewers));

        run.CompleteTaskId(TaskFor(run, 0), ("approved", true));

        Assert.Equal(["after"], run.OpenTaskElements);
        Assert.Single(run.AllEffects.OfType<TaskCreated>(), created => created.Task.ElementId == "review");
    }

    [Fact]
    public void R50_a_non_boolean_completion_condition_parks_the_inner_instance_and_a_retry_counts_it_once()
    {
        var run = ReviewRun(OverReviewers(completion: "${verdict}"));
        run.Start(("reviewers", Reviewers));

        run.CompleteTaskId(TaskFor(run, 0), ("verdict", "yes"));
        var incident = run.IncidentOn("review");
        Assert.Equal(IncidentTypes.ExpressionError, incident.Type);
        Assert.Equal(0, Counter(run, "nrOfCompletedInstances"));

        run.Retry(incident.IncidentId, ("verdict", false));

        Assert.Equal(1, Counter(run, "nrOfCompletedInstances"));
        Assert.Equal(2, Counter(run, "nrOfActiveInstances"));
    }

    [Fact]
    public void R51a_an_interrupting_timer_on_a_parallel_body_is_one_timer_and_cancels_every_inner_instance()
    {
        var run = ReviewRun(OverReviewers(), extra: [TimerBoundary("late", "review", "timeDuration", "P3D"), Flow("f4", "late", "chase"), Task("chase"), Flow("f5", "chase", "end")]);
        run.Start(("reviewers", Reviewers));
        var timer = run.TimerOf("late");

        run.Now = timer.DueAt;
        var fired = run.Fire(timer.TimerId);

        Assert.Equal(3, fired.Effects.OfType<TaskCancelled>().Count());
        Assert.Equal(["chase"], run.OpenTaskElements);
        Assert.Single(run.State.Elements);
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void R51a_a_non_interrupting_timer_on_the_body_leaves_the_inner_instances_running()
    {
        var run = ReviewRun(OverReviewers(), extra: [TimerBoundary("remind", "review", "timeDuration", "P1D", interrupting: false), Flow("f4", "remind", "chase"), Task("chase"), Flow("f5", "chase", "end")]);
        run.Start(("reviewers", Reviewers));

        run.Now = run.TimerOf("remind").DueAt;
        run.Fire(run.TimerOf("remind").TimerId);

        Assert.Equal(["review", "review", "review", "chase"], run.OpenTaskElements);
    }

    [Fact]
    public void R51b_the_output_collection_holds_one_result_per_instance_ordered_by_loop_counter()
    {
        var run = ReviewRun(OverReviewers(), OutputCollection("opinions", "${opinion}"));
        run.Start(("reviewers", Reviewers));
        Assert.Equal("[null,null,null]", run.State.RootVariables["opinions"].GetRawText());

        run.CompleteTaskId(TaskFor(run, 2), ("opinion", "C"));
        run.CompleteTaskId(TaskFor(run, 0), ("opinion", "A"));
        run.CompleteTaskId(TaskFor(run, 1), ("opinion", "B"));

        Assert.Equal(["A", "B", "C"], run.State.RootVariables["opinions"].EnumerateArray().Select(item => item.GetString()));
        Assert.Equal(["after"], run.OpenTaskElements);
    }

    [Fact]
    public void R51_an_error_thrown_by_an_inner_service_task_is_caught_on_the_body_and_cancels_its_siblings()
    {
        var run = new EngineRun(WithRoots(
            [ErrorDefinition("rejected", "E_REJECTED")],
            Start(), Flow("f1", "start", "check"),
            $"<bpmn:serviceTask id=\"check\" camunda:type=\"external\" camunda:topic=\"registry\">{Times("3")}</bpmn:serviceTask>",
            Flow("f2", "check", "end"), End(),
            ErrorBoundary("failed", "check", "rejected", "code"), Flow("f3", "failed", "fix"), Task("fix"), Flow("f4", "fix", "end")));
        run.Start();
        Assert.Equal(3, run.State.Jobs.Count);

        var result = run.Send(new ThrowJobError(run.NextCommandId(), run.State.Jobs[1].JobId, "E_REJECTED", "not eligible"));

        Assert.True(result.IsAccepted);
        Assert.Equal(2, result.Effects.OfType<JobCancelled>().Count());
        Assert.Equal(["fix"], run.OpenTaskElements);
        Assert.Equal("E_REJECTED", run.State.RootVariables["code"].GetString());
        Assert.Empty(run.State.Jobs);
    }

    [Fact]
    public void R49_a_multi_instance_subprocess_gives_each_inner_scope_its_loop_counter_and_element_variable()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "visit"),
            $"<bpmn:subProcess id=\"visit\">{OverReviewers()}{Start("vs")}{Flow("v1", "vs", "call")}{Task("call", "camunda:assignee=\"${reviewer}\"")}{Flow("v2", "call", "ve")}{End("ve")}</bpmn:subProcess>",
            Flow("f2", "visit", "end"), End()));

        run.Start(("reviewers", Reviewers));

        Assert.Equal(Reviewers, run.State.Tasks.Select(task => task.Assignee));
        foreach (var task in run.State.Tasks.ToList())
        {
            run.CompleteTaskId(task.TaskId);
        }

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void Input_and_output_mappings_run_per_inner_instance_with_the_loop_locals_visible()
    {
        var mappings = InputOutput([("who", "${reviewer + '#' + loopCounter}")], [("lastReviewer", "${who}")]);
        var run = ReviewRun(OverReviewers(sequential: true), mappings);
        run.Start(("reviewers", Reviewers));

        Assert.Equal("wang#0", Assert.Single(Inners(run)).Variables["who"].GetString());
        run.CompleteTaskId(TaskFor(run, 0));

        Assert.Equal("wang#0", run.State.RootVariables["lastReviewer"].GetString());
        Assert.Equal("li#1", Assert.Single(Inners(run)).Variables["who"].GetString());
    }

    [Fact]
    public void A_task_of_a_multi_instance_activity_cannot_be_returned()
    {
        var run = new EngineRun(Bpmn(Start(), Flow("f1", "start", "draft"), Task("draft"), Flow("f2", "draft", "review"), Task("review", body: OverReviewers(sequential: true)), Flow("f3", "review", "end"), End()));
        run.Start(("reviewers", Reviewers));
        run.Complete("draft");

        var result = run.Send(new ReturnTask(run.NextCommandId(), run.TaskOf("review").TaskId, "draft", "incomplete", "bob"));

        Assert.Equal(RejectionCodes.ReturnNotAllowed, result.Rejection?.Code);
    }

    [Fact]
    public void A_return_after_the_body_targets_the_whole_multi_instance_task_again()
    {
        var run = new EngineRun(Bpmn(Start(), Flow("f1", "start", "review"), Task("review", body: Times("2")), Flow("f2", "review", "sign"), Task("sign"), Flow("f3", "sign", "end"), End()));
        run.Start();
        foreach (var task in run.State.Tasks.ToList())
        {
            run.CompleteTaskId(task.TaskId);
        }

        run.Send(new ReturnTask(run.NextCommandId(), run.TaskOf("sign").TaskId, "review", "redo", "bob"));

        Assert.Equal(["review", "review"], run.OpenTaskElements);
    }

    [Fact]
    public void Cancelling_every_inner_instance_by_modification_cancels_the_body_too()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"), Flow("f2", "fork", "review"), Flow("f3", "fork", "other"),
            Task("review", body: Times("2")), Flow("f4", "review", "end"), Task("other"), Flow("f5", "other", "end"), End()));
        run.Start();
        var inners = Inners(run);

        run.Send(new ModifyInstance(run.NextCommandId(), [new ModificationInstruction(ModificationKinds.Cancel, ElementInstanceId: inners[0].Id)]));
        Assert.Equal(1, Counter(run, "nrOfActiveInstances"));
        run.Send(new ModifyInstance(run.NextCommandId(), [new ModificationInstruction(ModificationKinds.Cancel, ElementInstanceId: inners[1].Id)]));

        Assert.Equal(["other"], run.OpenTaskElements);
        Assert.DoesNotContain(run.State.Elements, element => element.ElementId == "review");
        Assert.DoesNotContain(run.State.Scopes, scope => scope.Loop is not null);
    }

    [Fact]
    public void A_parallel_body_of_a_thousand_is_not_held_to_the_step_limit()
    {
        var run = ReviewRun(Times("1000"));

        var result = run.Start();

        Assert.True(result.IsAccepted);
        Assert.Equal(1000, run.State.Tasks.Count);
        Assert.Empty(run.State.Incidents);
    }

    [Fact]
    public void The_state_round_trips_through_json_with_the_loop_and_inner_instances()
    {
        var run = ReviewRun(OverReviewers(sequential: true));
        run.Start(("reviewers", Reviewers));

        var copy = JsonSerializer.Deserialize<InstanceState>(JsonSerializer.Serialize(run.State))!;

        Assert.Equal(Body(run).Loop!.Items!.Select(item => item.GetString()), copy.Scopes.Single(scope => scope.Loop is not null).Loop!.Items!.Select(item => item.GetString()));
        Assert.Equal(0, copy.Elements.Single(element => element.LoopCounter is not null).LoopCounter);
        var resumed = new EngineRun(run.Model);
        Assert.True(resumed.Engine.Execute(run.Model, copy, new CompleteTask("c-x", run.State.Tasks[0].TaskId, ImmutableSortedDictionary<string, JsonElement>.Empty, "bob"), run.Now).IsAccepted);
    }
}
