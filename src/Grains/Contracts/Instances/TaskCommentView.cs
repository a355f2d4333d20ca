namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>A comment on a task, kept with the instance.</summary>
/// <param name="CommentId">Unique in the instance.</param>
/// <param name="TaskId">The task it was written on.</param>
/// <param name="ElementId">The task's element.</param>
/// <param name="Actor">Who wrote it.</param>
/// <param name="At">When.</param>
/// <param name="Text">Case content: shown to people with access to the task, never logged.</param>
[GenerateSerializer, Immutable, Alias("caseflow.task-comment-view")]
public sealed record TaskCommentView(
    [property: Id(0)] string CommentId,
    [property: Id(1)] string TaskId,
    [property: Id(2)] string ElementId,
    [property: Id(3)] string Actor,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string Text)
{
    // The text may name people or their circumstances; printing the record must not leak it into logs.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CommentId = ").Append(CommentId).Append(", TaskId = ").Append(TaskId).Append(", Actor = ").Append(Actor);
        return true;
    }
}
