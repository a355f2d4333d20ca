using System.Collections.Immutable;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>An open user task (R58).</summary>
/// <param name="TaskId">A fresh id per activation (R59).</param>
/// <param name="ElementInstanceId">The element instance waiting on it.</param>
/// <param name="ElementId">The user task element id.</param>
/// <param name="Name">The task name.</param>
/// <param name="Assignee">The evaluated assignee, or null.</param>
/// <param name="CandidateUsers">Trimmed, without empties or duplicates, in written order.</param>
/// <param name="CandidateGroups">Trimmed, without empties or duplicates, in written order.</param>
/// <param name="DueDate">The evaluated due date, or null.</param>
/// <param name="FollowUpDate">The evaluated follow-up date, or null.</param>
/// <param name="Priority">0–100, default 50.</param>
/// <param name="CreatedAt">The step's <c>now</c> at creation.</param>
public sealed record UserTaskInstance(
    string TaskId,
    string ElementInstanceId,
    string ElementId,
    string? Name,
    string? Assignee,
    ImmutableList<string> CandidateUsers,
    ImmutableList<string> CandidateGroups,
    DateTimeOffset? DueDate,
    DateTimeOffset? FollowUpDate,
    int Priority,
    DateTimeOffset CreatedAt)
{
    /// <summary>Who delegated the task and gets it back on resolve (R59); null when never delegated.</summary>
    public string? Owner { get; init; }

    /// <summary>Pending while a delegate works the task, resolved once handed back; null when never delegated.</summary>
    public DelegationState? Delegation { get; init; }

    /// <summary>Counts the task commands that changed this task (0 at creation): the version behind the API's ETag.</summary>
    public int Revision { get; init; }
}
