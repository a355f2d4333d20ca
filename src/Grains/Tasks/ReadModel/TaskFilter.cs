namespace CaseFlow.Grains.Tasks.ReadModel;

/// <summary>What a worklist shows: every set field narrows the list (AND); also the shape of a saved filter.</summary>
/// <param name="AssignedToMe">Only tasks whose assignee is the caller.</param>
/// <param name="CandidateForMe">Only unassigned tasks the caller may claim: a candidate user, or a candidate group that is one of
/// the caller's roles, held in a jurisdiction that contains the task's.</param>
/// <param name="Unassigned">Only tasks without an assignee.</param>
/// <param name="Assignee">Only tasks of this assignee.</param>
/// <param name="Jurisdiction">Only tasks in this jurisdiction or below it.</param>
/// <param name="ProcessKey">Only tasks of this process.</param>
/// <param name="PersonId">Only tasks of instances serving this person.</param>
/// <param name="PetitionId">Only tasks of instances serving this petition.</param>
/// <param name="DueBefore">Due strictly before this instant.</param>
/// <param name="DueAfter">Due strictly after this instant.</param>
/// <param name="Overdue">Only tasks past their SLA deadline.</param>
/// <param name="FollowUpDue">Only tasks whose follow-up date has come.</param>
/// <param name="PriorityMin">Priority at least this.</param>
/// <param name="PriorityMax">Priority at most this.</param>
/// <param name="Sla">Only tasks with this SLA status (<c>on_track</c>, <c>at_risk</c>, <c>overdue</c>, <c>paused</c>).</param>
/// <param name="Q">Part of the task name or the business key.</param>
/// <param name="OverdueList">Only tasks on the director's overdue list: their last passed-deadline reminder fired (DOMAIN.md §6.4).</param>
public sealed record TaskFilter(
    bool? AssignedToMe = null,
    bool? CandidateForMe = null,
    bool? Unassigned = null,
    string? Assignee = null,
    string? Jurisdiction = null,
    string? ProcessKey = null,
    string? PersonId = null,
    string? PetitionId = null,
    DateTimeOffset? DueBefore = null,
    DateTimeOffset? DueAfter = null,
    bool? Overdue = null,
    bool? FollowUpDue = null,
    int? PriorityMin = null,
    int? PriorityMax = null,
    string? Sla = null,
    string? Q = null,
    bool? OverdueList = null);
