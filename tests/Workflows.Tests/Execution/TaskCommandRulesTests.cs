using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md R59 task commands, R61 date changes and R74 return (退回).</summary>
public sealed class TaskCommandRulesTests
{
    private static ProcessModel TwoSteps(string secondAttributes = "", string secondBody = "") => Bpmn(
        Start(), Flow("f1", "start", "intake"), Task("intake"), Flow("f2", "intake", "review"),
        Task("review", secondAttributes, secondBody), Flow("f3", "review", "end"), End());

    private static string ReturnProperty(string value) =>
        $"<bpmn:extensionElements><camunda:properties><camunda:property name=\"caseflow.return\" value=\"{value}\" /></camunda:properties></bpmn:extensionElements>";

    [Fact]
    public void R59c_claim_takes_an_unassigned_task_and_someone_else_gets_TaskAlreadyClaimed()
    {
        var run = new EngineRun(Linear(Task("middle")));
        run.Start();
        var taskId = run.TaskOf("middle").TaskId;

        var claimed = run.Send(new ClaimTask(run.NextCommandId(), taskId, "alice"));
        var again = run.Send(new ClaimTask(run.NextCommandId(), taskId, "alice"));
        var other = run.Send(new ClaimTask(run.NextCommandId(), taskId, "bob"));

        var update = Assert.IsType<TaskUpdated>(Assert.Single(claimed.Effects));
        Assert.Equal((TaskChanges.Claimed, "alice", "alice", 1), (update.Change, update.Actor, update.Task.Assignee, update.Task.Revision));
        Assert.True(again.IsAccepted);
        Assert.Empty(again.Effects);
        Assert.Equal(RejectionCodes.TaskAlreadyClaimed, other.Rejection?.Code);
        Assert.Equal("alice", run.TaskOf("middle").Assignee);
    }

    [Fact]
    public void R59d_unclaim_and_assign_record_the_actor_and_change_the_assignee()
    {
        var run = new EngineRun(Linear(Task("middle", "camunda:assignee=\"alice\"")));
        run.Start();
        var taskId = run.TaskOf("middle").TaskId;

        var unclaimed = run.Send(new UnclaimTask(run.NextCommandId(), taskId, "supervisor"));
        Assert.Null(run.TaskOf("middle").Assignee);
        var assigned = run.Send(new AssignTask(run.NextCommandId(), taskId, " carol ", "supervisor"));
        var blank = run.Send(new AssignTask(run.NextCommandId(), taskId, " ", "supervisor"));

        Assert.Equal(TaskChanges.Unclaimed, Assert.IsType<TaskUpdated>(Assert.Single(unclaimed.Effects)).Change);
        var update = Assert.IsType<TaskUpdated>(Assert.Single(assigned.Effects));
        Assert.Equal((TaskChanges.Assigned, "supervisor", "carol"), (update.Change, update.Actor, update.Detail));
        Assert.Equal("carol", run.TaskOf("middle").Assignee);
        Assert.Equal(RejectionCodes.TaskCommandInvalid, blank.Rejection?.Code);
    }

    [Fact]
    public void R59e_a_delegated_task_cannot_be_completed_until_resolved_back_to_its_owner()
    {
        var run = new EngineRun(Linear(Task("middle", "camunda:assignee=\"alice\"")));
        run.Start();
        var taskId = run.TaskOf("middle").TaskId;
        Assert.Equal(RejectionCodes.TaskNotDelegated, run.Send(new ResolveTask(run.NextCommandId(), taskId, "alice")).Rejection?.Code);

        run.Send(new DelegateTask(run.NextCommandId(), taskId, "dave", "alice"));
        var delegated = run.TaskOf("middle");
        var early = run.CompleteTaskId(taskId);
        var resolved = run.Send(new ResolveTask(run.NextCommandId(), taskId, "dave"));

        Assert.Equal(("dave", "alice", DelegationState.Pending), (delegated.Assignee, delegated.Owner, delegated.Delegation));
        Assert.Equal(RejectionCodes.TaskDelegationPending, early.Rejection?.Code);
        Assert.Equal(TaskChanges.Resolved, Assert.IsType<TaskUpdated>(Assert.Single(resolved.Effects)).Change);
        Assert.Equal(("alice", DelegationState.Resolved), (run.TaskOf("middle").Assignee, run.TaskOf("middle").Delegation));
        Assert.True(run.CompleteTaskId(taskId).IsAccepted);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void R61b_changing_the_due_date_moves_the_SLA_timer_and_clearing_it_removes_the_timer()
    {
        var run = new EngineRun(Linear(Task("middle", "camunda:dueDate=\"P5D\"")));
        run.Start();
        var task = run.TaskOf("middle");
        var oldTimer = Assert.Single(run.State.Timers);

        var moved = run.Send(new SetTaskDueDate(run.NextCommandId(), task.TaskId, EngineRun.T0.AddDays(2), "supervisor"));

        var newTimer = Assert.Single(run.State.Timers);
        Assert.NotEqual(oldTimer.TimerId, newTimer.TimerId);
        Assert.Equal((TimerKind.TaskDue, EngineRun.T0.AddDays(2), task.TaskId), (newTimer.Kind, newTimer.DueAt, newTimer.ReferenceId));
        Assert.Equal(EngineRun.T0.AddDays(2), run.TaskOf("middle").DueDate);
        Assert.Contains(moved.Effects, effect => effect is TimerCancelled cancelled && cancelled.TimerId == oldTimer.TimerId);
        Assert.Contains(moved.Effects, effect => effect is WakeUpRequested wake && wake.DueAt == EngineRun.T0.AddDays(2));
        Assert.Equal(TaskChanges.DueDateChanged, Assert.Single(moved.Effects.OfType<TaskUpdated>()).Change);

        run.Now = EngineRun.T0.AddDays(2);
        Assert.Single(run.Fire(newTimer.TimerId).Effects.OfType<TaskDue>());
        Assert.True(run.Fire(oldTimer.TimerId).Effects.IsEmpty);

        run.Send(new SetTaskDueDate(run.NextCommandId(), task.TaskId, null, "supervisor"));
        Assert.Empty(run.State.Timers);
        Assert.Null(run.TaskOf("middle").DueDate);
    }

    [Fact]
    public void R59f_follow_up_date_and_priority_change_the_task_and_a_bad_priority_changes_nothing()
    {
        var run = new EngineRun(Linear(Task("middle")));
        run.Start();
        var taskId = run.TaskOf("middle").TaskId;

        run.Send(new SetTaskFollowUpDate(run.NextCommandId(), taskId, EngineRun.T0.AddDays(1), "alice"));
        run.Send(new SetTaskPriority(run.NextCommandId(), taskId, 80, "alice"));
        var bad = run.Send(new SetTaskPriority(run.NextCommandId(), taskId, 101, "alice"));

        Assert.Equal((EngineRun.T0.AddDays(1), 80), (run.TaskOf("middle").FollowUpDate, run.TaskOf("middle").Priority));
        Assert.Equal(RejectionCodes.TaskCommandInvalid, bad.Rejection?.Code);
        Assert.Equal((TimerKind.TaskFollowUp, EngineRun.T0.AddDays(1)), (Assert.Single(run.State.Timers).Kind, run.State.Timers[0].DueAt));
    }

    [Fact]
    public void R61c_a_follow_up_date_reminds_once_moves_no_token_and_its_timer_goes_with_the_task()
    {
        var run = new EngineRun(Linear(Task("middle", "camunda:followUpDate=\"P2D\"")));
        run.Start();
        var timer = Assert.Single(run.State.Timers);
        Assert.Equal((TimerKind.TaskFollowUp, EngineRun.T0.AddDays(2)), (timer.Kind, timer.DueAt));

        run.Now = EngineRun.T0.AddDays(2);
        var fired = run.Fire(timer.TimerId);
        run.Send(new SetTaskFollowUpDate(run.NextCommandId(), run.TaskOf("middle").TaskId, EngineRun.T0.AddDays(3), "alice"));
        var completed = run.Complete("middle");

        var reminder = Assert.Single(fired.Effects.OfType<TaskFollowUpDue>());
        Assert.Equal(run.AllEffects.OfType<TaskCreated>().Single().Task.TaskId, reminder.TaskId);
        Assert.Contains(completed.Effects, effect => effect is TimerCancelled);
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void R59g_task_commands_on_a_completed_task_get_TaskNotActive()
    {
        var run = new EngineRun(TwoSteps());
        run.Start();
        var taskId = run.TaskOf("intake").TaskId;
        run.Complete("intake");

        EngineCommand[] commands =
        [
            new ClaimTask("x1", taskId, "alice"), new UnclaimTask("x2", taskId, "alice"), new AssignTask("x3", taskId, "bob", "alice"),
            new DelegateTask("x4", taskId, "bob", "alice"), new ResolveTask("x5", taskId, "alice"),
            new SetTaskDueDate("x6", taskId, null, "alice"), new SetTaskFollowUpDate("x7", taskId, null, "alice"),
            new SetTaskPriority("x8", taskId, 1, "alice"), new ReturnTask("x9", taskId, "intake", "why", "alice"),
        ];

        Assert.All(commands, command => Assert.Equal(RejectionCodes.TaskNotActive, run.Send(command).Rejection?.Code));
    }

    [Fact]
    public void R74a_return_from_task_2_to_completed_task_1_reactivates_it_with_a_new_id_and_records_the_return()
    {
        var run = new EngineRun(TwoSteps("camunda:dueDate=\"P5D\""));
        run.Start();
        var firstId = run.TaskOf("intake").TaskId;
        run.Complete("intake");
        var review = run.TaskOf("review");

        var returned = run.Send(new ReturnTask(run.NextCommandId(), review.TaskId, "intake", "photo missing", "carol"));

        var again = run.TaskOf("intake");
        Assert.NotEqual(firstId, again.TaskId);
        Assert.DoesNotContain(run.State.Tasks, task => task.ElementId == "review");
        Assert.Empty(run.State.Timers);
        var back = Assert.IsType<TaskReturned>(returned.Effects[0]);
        Assert.Equal((review.TaskId, "review", "intake", "photo missing", "carol"), (back.TaskId, back.ElementId, back.TargetElementId, back.Reason, back.Actor));
        Assert.Contains(returned.Effects, effect => effect is TaskCancelled cancelled && cancelled.TaskId == review.TaskId);
        Assert.Contains(returned.Effects, effect => effect is TaskCreated created && created.Task.TaskId == again.TaskId);

        run.Complete("intake");
        run.Complete("review");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void R74b_return_needs_a_reason_and_a_target_completed_earlier_in_the_scope()
    {
        var run = new EngineRun(TwoSteps());
        run.Start();
        var intake = run.TaskOf("intake").TaskId;

        Assert.Equal(RejectionCodes.ReturnNotAllowed, run.Send(new ReturnTask(run.NextCommandId(), intake, "review", "x", "carol")).Rejection?.Code);
        run.Complete("intake");
        var review = run.TaskOf("review").TaskId;

        Assert.Equal(RejectionCodes.ReasonRequired, run.Send(new ReturnTask(run.NextCommandId(), review, "intake", " ", "carol")).Rejection?.Code);
        Assert.Equal(RejectionCodes.ReturnNotAllowed, run.Send(new ReturnTask(run.NextCommandId(), review, "end", "x", "carol")).Rejection?.Code);
        Assert.Equal(review, run.TaskOf("review").TaskId);
    }

    [Fact]
    public void R74c_caseflow_return_none_or_a_target_list_limits_returns()
    {
        var refusals = new[] { "none", "review" }.Select(value =>
        {
            var run = new EngineRun(TwoSteps(secondBody: ReturnProperty(value)));
            run.Start();
            run.Complete("intake");
            return run.Send(new ReturnTask("r1", run.TaskOf("review").TaskId, "intake", "x", "carol")).Rejection?.Code;
        });
        var limited = new EngineRun(TwoSteps(secondBody: ReturnProperty(" review , intake")));
        limited.Start();
        limited.Complete("intake");

        var allowed = limited.Send(new ReturnTask("r1", limited.TaskOf("review").TaskId, "intake", "x", "carol"));

        Assert.Equal([RejectionCodes.ReturnNotAllowed, RejectionCodes.ReturnNotAllowed], refusals);
        Assert.True(allowed.IsAccepted);
        Assert.Single(limited.State.Tasks, task => task.ElementId == "intake");
    }

    [Fact]
    public void R74d_return_is_refused_while_the_scope_holds_another_token()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "intake"), Task("intake"), Flow("f2", "intake", "fork"), Parallel("fork"),
            Flow("fa", "fork", "a"), Flow("fb", "fork", "b"), Task("a"), Task("b"), Flow("fa2", "a", "join"), Flow("fb2", "b", "join"),
            Parallel("join"), Flow("f3", "join", "end"), End()));
        run.Start();
        run.Complete("intake");

        var whileBoth = run.Send(new ReturnTask(run.NextCommandId(), run.TaskOf("a").TaskId, "intake", "x", "carol"));
        run.Complete("b");
        var whileArrived = run.Send(new ReturnTask(run.NextCommandId(), run.TaskOf("a").TaskId, "intake", "x", "carol"));

        Assert.Equal(RejectionCodes.ReturnNotAllowed, whileBoth.Rejection?.Code);
        Assert.Equal(RejectionCodes.ReturnNotAllowed, whileArrived.Rejection?.Code);
    }
}
