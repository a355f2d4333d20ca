using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>An open user task of an instance.</summary>
/// <param name="TaskId">Fresh per activation, so an old id never completes a later loop's task (R59).</param>
/// <param name="ElementId">The user task element id.</param>
/// <param name="Name">The task name.</param>
/// <param name="Assignee">The evaluated assignee, if any.</param>
/// <param name="CandidateUsers">Candidate user ids in written order.</param>
/// <param name="CandidateGroups">Candidate groups (roles) in written order.</param>
/// <param name="DueDate">The evaluated due date, if any.</param>
/// <param name="FollowUpDate">The evaluated follow-up date, if any.</param>
/// <param name="Priority">0–100.</param>
/// <param name="CreatedAt">When the task was created.</param>
/// <param name="Owner">Who delegated the task and gets it back on resolve, if it was delegated.</param>
/// <param name="Delegation"><c>pending</c> or <c>resolved</c> once delegated; null otherwise.</param>
/// <param name="Revision">Task commands applied to it so far; the API's ETag.</param>
/// <param name="SlaDueAt">The SLA deadline (breach instant), if the task has a clock.</param>
/// <param name="SlaWarnAt">The SLA warning point, if the task has a clock.</param>
/// <param name="SlaProvisional">The clock was computed without calendar data for its working days.</param>
/// <param name="SlaPaused">The clock is paused (DOMAIN.md §6.5).</param>
/// <param name="SlaUrgency">The clock's urgency (DOMAIN.md §6.4); 0 without a clock.</param>
/// <param name="SlaOverdueListedAt">When the task went on the director's overdue list (its last reminder fired); null before.</param>
[GenerateSerializer, Immutable, Alias("caseflow.instance-task-view")]
public sealed record InstanceTaskView(
    [property: Id(0)] string TaskId,
    [property: Id(1)] string ElementId,
    [property: Id(2)] string? Name,
    [property: Id(3)] string? Assignee,
    [property: Id(4)] ImmutableArray<string> CandidateUsers,
    [property: Id(5)] ImmutableArray<string> CandidateGroups,
    [property: Id(6)] DateTimeOffset? DueDate,
    [property: Id(7)] DateTimeOffset? FollowUpDate,
    [property: Id(8)] int Priority,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] string? Owner = null,
    [property: Id(11)] string? Delegation = null,
    [property: Id(12)] int Revision = 0,
    [property: Id(13)] DateTimeOffset? SlaDueAt = null,
    [property: Id(14)] DateTimeOffset? SlaWarnAt = null,
    [property: Id(15)] bool SlaProvisional = false,
    [property: Id(16)] bool SlaPaused = false,
    [property: Id(17)] int SlaUrgency = 0,
    [property: Id(18)] DateTimeOffset? SlaOverdueListedAt = null);
