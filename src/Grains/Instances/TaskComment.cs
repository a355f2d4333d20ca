namespace CaseFlow.Grains.Instances;

/// <summary>A stored task comment (part of <see cref="ProcessInstanceState"/>); the text is case content, never logged.</summary>
/// <param name="CommentId">Unique in the instance.</param>
/// <param name="TaskId">The task it was written on.</param>
/// <param name="ElementId">The task's element.</param>
/// <param name="Actor">Who wrote it.</param>
/// <param name="At">When.</param>
/// <param name="Text">The comment.</param>
/// <param name="CommandId">The idempotency key it was written under, so a retried request adds it once.</param>
public sealed record TaskComment(string CommentId, string TaskId, string ElementId, string Actor, DateTimeOffset At, string Text, string CommandId)
{
    // Case content must not reach logs through a printed record.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CommentId = ").Append(CommentId).Append(", TaskId = ").Append(TaskId);
        return true;
    }
}
