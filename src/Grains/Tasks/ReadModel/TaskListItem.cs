namespace CaseFlow.Grains.Tasks.ReadModel;

/// <summary>One worklist row.</summary>
public sealed record TaskListItem(
    string Id,
    string InstanceId,
    string ElementId,
    string? Name,
    string ProcessKey,
    int ProcessVersion,
    string? Assignee,
    string? Owner,
    string? Delegation,
    IReadOnlyList<string> CandidateUsers,
    IReadOnlyList<string> CandidateGroups,
    string? JurisdictionCode,
    string? PersonId,
    string? PetitionId,
    string? BusinessKey,
    int Priority,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? FollowUpAt,
    TaskSlaView Sla,
    int Revision)
{
    /// <summary>
    /// The earlier steps this task may be returned to (退回) now, by the engine's rule and the model's
    /// <c>caseflow.return</c>; given when one task is read, null in lists.
    /// </summary>
    public IReadOnlyList<string>? ReturnTargets { get; init; }
}
