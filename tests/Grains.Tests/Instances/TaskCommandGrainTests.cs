using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Forms;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>The caseworker task commands of <see cref="IProcessInstanceGrain"/> through a real cluster (R59, R61, R74).</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class TaskCommandGrainTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    private static TaskCommandContext As(string actor, int? revision = null) => new(actor, InstanceTestKit.NewCommandId(), revision);

    private async Task<(IProcessInstanceGrain Grain, InstanceTaskView Review)> AtReviewAsync()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, TaskProcesses.IntakeThenReview(key));
        var (grain, started) = await _kit.StartAsync(key);
        var intake = await grain.SubmitTaskAsync(started.Tasks[0].TaskId, null, As("alice"));
        Assert.Null(intake.Error);
        return (grain, intake.Instance!.Tasks.Single());
    }

    [Fact(DisplayName = "Claim, unclaim, assign, delegate and resolve change the assignee, bump the revision and land in the history with the actor")]
    public async Task Assignment_commands()
    {
        var (grain, review) = await AtReviewAsync();
        var id = review.TaskId;

        var claimed = await grain.ClaimTaskAsync(id, As("alice", 0));
        var taken = await grain.ClaimTaskAsync(id, As("bob"));
        var unclaimed = await grain.UnclaimTaskAsync(id, As("alice"));
        var assigned = await grain.AssignTaskAsync(id, "carol", As("supervisor"));
        var delegated = await grain.DelegateTaskAsync(id, "dave", As("carol"));
        var resolved = await grain.ResolveTaskAsync(id, As("dave"));
        var history = await grain.GetHistoryAsync();

        Assert.Equal(("alice", 1), (claimed.Instance!.Tasks[0].Assignee, claimed.Instance.Tasks[0].Revision));
        Assert.Equal(InstanceErrorCodes.TaskAlreadyClaimed, taken.Error?.Code);
        Assert.Null(unclaimed.Instance!.Tasks[0].Assignee);
        Assert.Equal("carol", assigned.Instance!.Tasks[0].Assignee);
        var delegatedTask = delegated.Instance!.Tasks[0];
        Assert.Equal(("dave", "carol", "pending"), (delegatedTask.Assignee, delegatedTask.Owner, delegatedTask.Delegation));
        var resolvedTask = resolved.Instance!.Tasks[0];
        Assert.Equal(("carol", "resolved", 5), (resolvedTask.Assignee, resolvedTask.Delegation, resolvedTask.Revision));
        var changes = history.Entries.Where(e => e.TaskId == id && e.Kind != InstanceHistoryKinds.TaskCreated).Select(e => (e.Kind, e.Actor)).ToArray();
        Assert.Equal(
            [("taskClaimed", "alice"), ("taskUnclaimed", "alice"), ("taskAssigned", "supervisor"), ("taskDelegated", "carol"), ("taskResolved", "dave")],
            changes);
    }

    [Fact(DisplayName = "A stale expected revision is TaskVersionMismatch and changes nothing; a repeated command id replays without the check")]
    public async Task Revision_check()
    {
        var (grain, review) = await AtReviewAsync();
        var context = As("alice", 0);

        var first = await grain.ClaimTaskAsync(review.TaskId, context);
        var replay = await grain.ClaimTaskAsync(review.TaskId, context);
        var stale = await grain.SetTaskPriorityAsync(review.TaskId, 90, As("alice", 0));

        Assert.Null(first.Error);
        Assert.Null(replay.Error);
        Assert.Equal(InstanceErrorCodes.TaskVersionMismatch, stale.Error?.Code);
        Assert.Equal(412, InstanceErrorCodes.HttpStatusOf(stale.Error!.Code));
        Assert.Equal(50, (await grain.GetAsync()).Instance!.Tasks[0].Priority);
    }

    [Fact(DisplayName = "R61: due, follow-up and priority changes update the task and the next timer moves with the due date")]
    public async Task Dates_and_priority()
    {
        var (grain, review) = await AtReviewAsync();
        var due = InstanceClusterFixture.Clock.GetUtcNow().AddDays(2);
        var followUp = InstanceClusterFixture.Clock.GetUtcNow().AddDays(1);

        var dueSet = await grain.SetTaskDueDateAsync(review.TaskId, due, As("supervisor"));
        var followUpSet = await grain.SetTaskFollowUpDateAsync(review.TaskId, followUp, As("alice"));
        var prioritySet = await grain.SetTaskPriorityAsync(review.TaskId, 80, As("alice"));
        var badPriority = await grain.SetTaskPriorityAsync(review.TaskId, 200, As("alice"));

        Assert.Equal(review.DueDate, review.SlaDueAt);
        Assert.Equal(review.DueDate!.Value.AddDays(-2), review.SlaWarnAt);
        Assert.Equal(due, dueSet.Instance!.Tasks[0].DueDate);
        Assert.Equal((due, due.AddDays(-1)), (dueSet.Instance.Tasks[0].SlaDueAt, dueSet.Instance.Tasks[0].SlaWarnAt));
        Assert.Equal(due, dueSet.Instance.NextTimerAt);
        Assert.Equal(followUp, followUpSet.Instance!.Tasks[0].FollowUpDate);
        Assert.Equal(80, prioritySet.Instance!.Tasks[0].Priority);
        Assert.Equal(InstanceErrorCodes.TaskCommandInvalid, badPriority.Error?.Code);

        var cleared = await grain.SetTaskDueDateAsync(review.TaskId, null, As("supervisor"));
        Assert.Null(cleared.Instance!.Tasks[0].DueDate);
        Assert.Null(cleared.Instance.Tasks[0].SlaDueAt);
        Assert.Equal(followUp, cleared.Instance.NextTimerAt);
    }

    [Fact(DisplayName = "R74a: return then complete again; the history shows the return with its reason and both completions")]
    public async Task R74a_return_then_complete_again()
    {
        var (grain, review) = await AtReviewAsync();
        Assert.Equal(["Intake"], (await grain.GetReturnTargetsAsync(review.TaskId)).ToArray());
        Assert.Empty(await grain.GetReturnTargetsAsync("no-such-task"));

        var noReason = await grain.ReturnTaskAsync(review.TaskId, "Intake", " ", As("carol"));
        var returned = await grain.ReturnTaskAsync(review.TaskId, "Intake", "photo missing", As("carol"));
        var intakeAgain = returned.Instance!.Tasks.Single();
        var second = await grain.SubmitTaskAsync(intakeAgain.TaskId, null, As("alice"));
        var history = await grain.GetHistoryAsync();

        Assert.Equal(InstanceErrorCodes.ReasonRequired, noReason.Error?.Code);
        Assert.Equal("Intake", intakeAgain.ElementId);
        Assert.NotEqual(review.TaskId, intakeAgain.TaskId);
        Assert.Null(second.Error);
        Assert.Equal("Review", second.Instance!.Tasks.Single().ElementId);
        var back = Assert.Single(history.Entries, e => e.Kind == InstanceHistoryKinds.TaskReturned);
        Assert.Equal(("carol", review.TaskId, "to Intake: photo missing"), (back.Actor, back.TaskId, back.Detail));
        Assert.Equal(2, history.Entries.Count(e => e.Kind == InstanceHistoryKinds.TaskCompleted && e.ElementId == "Intake"));
        var refused = await grain.ReturnTaskAsync(second.Instance.Tasks[0].TaskId, "Review", "x", As("carol"));
        Assert.Equal(InstanceErrorCodes.ReturnNotAllowed, refused.Error?.Code);
    }

    [Fact(DisplayName = "Submitting checks the form on the server: one error per broken field, and valid values complete the task")]
    public async Task Submit_validates_the_form()
    {
        var (grain, review) = await AtReviewAsync();

        var invalid = await grain.SubmitTaskAsync(review.TaskId, """{"visits":11}""", As("alice"));
        var wrongEnum = await grain.SubmitTaskAsync(review.TaskId, """{"decision":"maybe","visits":"3"}""", As("alice"));
        var valid = await grain.SubmitTaskAsync(review.TaskId, """{"decision":"approve","visits":3}""", As("alice", 0));

        Assert.Equal(InstanceErrorCodes.FormInvalid, invalid.Error?.Code);
        Assert.Equal([("decision", FormIssueCodes.Required), ("visits", FormIssueCodes.Range)], invalid.Error!.Errors.Select(e => (e.Field, e.Code)).ToArray());
        Assert.Equal([FormIssueCodes.Enum, FormIssueCodes.Type], wrongEnum.Error!.Errors.Select(e => e.Code).ToArray());
        Assert.Null(valid.Error);
        Assert.Equal("completed", valid.Instance!.Status);
    }

    [Fact(DisplayName = "Comments are stored with the instance, listed per task, added once per command id, and recorded in the history without their text")]
    public async Task Comments()
    {
        var (grain, review) = await AtReviewAsync();
        var context = As("alice");

        var first = await grain.CommentTaskAsync(review.TaskId, "  called the family  ", context);
        var repeat = await grain.CommentTaskAsync(review.TaskId, "  called the family  ", context);
        var empty = await grain.CommentTaskAsync(review.TaskId, " ", As("alice"));
        var unknown = await grain.CommentTaskAsync("nope", "text", As("alice"));
        var listed = await grain.GetTaskCommentsAsync(review.TaskId);
        var all = await grain.GetTaskCommentsAsync(null);
        var history = await grain.GetHistoryAsync();

        var comment = Assert.Single(first.Comments);
        Assert.Equal(("called the family", "alice", review.TaskId), (comment.Text, comment.Actor, comment.TaskId));
        Assert.Equal(comment.CommentId, Assert.Single(repeat.Comments).CommentId);
        Assert.Equal(InstanceErrorCodes.CommentInvalid, empty.Error?.Code);
        Assert.Equal(InstanceErrorCodes.TaskNotActive, unknown.Error?.Code);
        Assert.Equal([comment.CommentId], listed.Comments.Select(c => c.CommentId).ToArray());
        Assert.Single(all.Comments);
        var entry = Assert.Single(history.Entries, e => e.Kind == InstanceHistoryKinds.TaskCommented);
        Assert.Equal(("alice", comment.CommentId), (entry.Actor, entry.Detail));
        Assert.DoesNotContain(history.Entries, e => e.Detail?.Contains("family", StringComparison.Ordinal) == true);
    }

    [Fact(DisplayName = "An attachment is recorded in the history with its actor, id, type and size, once per attachment id, even on a task that ended")]
    public async Task Attachments_are_recorded()
    {
        var (grain, review) = await AtReviewAsync();
        var intakeId = (await grain.GetHistoryAsync()).Entries.First(e => e.Kind == InstanceHistoryKinds.TaskCreated).TaskId!;

        var first = await grain.RecordTaskAttachmentAsync(review.TaskId, "A1", "image/png", 12, As("alice"));
        var retried = await grain.RecordTaskAttachmentAsync(review.TaskId, "A1", "image/png", 12, As("alice"));
        var onEnded = await grain.RecordTaskAttachmentAsync(intakeId, "A2", "application/pdf", 2048, As("bob"));
        var unknown = await grain.RecordTaskAttachmentAsync("nope", "A3", "text/plain", 1, As("alice"));
        var noType = await grain.RecordTaskAttachmentAsync(review.TaskId, "A4", " ", 1, As("alice"));
        var history = await grain.GetHistoryAsync();

        Assert.Null(first.Error);
        Assert.Null(retried.Error);
        Assert.Null(onEnded.Error);
        Assert.Equal(InstanceErrorCodes.TaskNotActive, unknown.Error?.Code);
        Assert.Equal(InstanceErrorCodes.TaskCommandInvalid, noType.Error?.Code);
        var entries = history.Entries.Where(e => e.Kind == InstanceHistoryKinds.TaskAttachmentAdded)
            .Select(e => (e.ElementId, e.TaskId, e.Actor, e.Detail)).ToArray();
        Assert.Equal(
            [("Review", review.TaskId, "alice", "A1 image/png 12 bytes"), ("Intake", intakeId, "bob", "A2 application/pdf 2048 bytes")],
            entries);
        Assert.Equal(review.Revision, first.Instance!.Tasks.Single().Revision);
    }

    [Fact(DisplayName = "The form of an open task lists its formData fields with their constraints and the values the task sees")]
    public async Task Form_view()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, TaskProcesses.IntakeThenReview(key));
        var (grain, started) = await _kit.StartAsync(key, """{"visits":4,"unrelated":"x"}""");
        var intakeForm = await grain.GetTaskFormAsync(started.Tasks[0].TaskId);
        var review = (await grain.SubmitTaskAsync(started.Tasks[0].TaskId, null, As("alice"))).Instance!.Tasks[0];

        var form = (await grain.GetTaskFormAsync(review.TaskId)).Form!;
        var gone = await grain.GetTaskFormAsync(started.Tasks[0].TaskId);

        Assert.Equal("none", intakeForm.Form!.Kind);
        Assert.Equal("formData", form.Kind);
        Assert.Equal(["decision", "visits"], form.Fields.Select(f => f.Id).ToArray());
        Assert.True(form.Fields[0].Required);
        Assert.Equal(["approve", "reject"], form.Fields[0].Options.Select(o => o.Id).ToArray());
        Assert.Equal((0L, 10L), (form.Fields[1].Min, form.Fields[1].Max));
        Assert.Equal("""{"visits":4}""", form.ValuesJson);
        Assert.Equal(InstanceErrorCodes.TaskNotActive, gone.Error?.Code);
    }
}
