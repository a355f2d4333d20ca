using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Tasks.ReadModel;
using CaseFlow.Workflows.Sla;

namespace CaseFlow.Api.Tasks;

/// <summary>Query string of <c>GET /api/tasks</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed class TaskListParameters
{
    public bool? AssignedToMe { get; init; }

    public bool? CandidateForMe { get; init; }

    public bool? Unassigned { get; init; }

    public string? Assignee { get; init; }

    public string? Jurisdiction { get; init; }

    public string? ProcessKey { get; init; }

    public string? PersonId { get; init; }

    public string? PetitionId { get; init; }

    public DateTimeOffset? DueBefore { get; init; }

    public DateTimeOffset? DueAfter { get; init; }

    public bool? Overdue { get; init; }

    public bool? FollowUpDue { get; init; }

    public int? PriorityMin { get; init; }

    public int? PriorityMax { get; init; }

    /// <summary><c>on_track</c>, <c>at_risk</c>, <c>overdue</c> or <c>paused</c>.</summary>
    public string? Sla { get; init; }

    /// <summary>Part of the task name or business key.</summary>
    public string? Q { get; init; }

    /// <summary><c>true</c>: only tasks on the director's overdue list (督办), whose last passed-deadline reminder fired.</summary>
    public bool? OverdueList { get; init; }

    /// <summary><c>created</c> (default), <c>due</c>, <c>followUp</c>, <c>priority</c>, <c>name</c> or <c>sla</c>.</summary>
    public string? Sort { get; init; }

    /// <summary><c>asc</c> (default) or <c>desc</c>.</summary>
    public string? Order { get; init; }

    /// <summary>A saved filter of the caller to start from; the other parameters narrow it further.</summary>
    public string? Filter { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public TaskFilter ToFilter(TaskFilter? saved = null)
    {
        var s = saved ?? new TaskFilter();
        return new TaskFilter(
            AssignedToMe ?? s.AssignedToMe, CandidateForMe ?? s.CandidateForMe, Unassigned ?? s.Unassigned, Assignee ?? s.Assignee,
            Jurisdiction ?? s.Jurisdiction, ProcessKey ?? s.ProcessKey, PersonId ?? s.PersonId, PetitionId ?? s.PetitionId,
            DueBefore ?? s.DueBefore, DueAfter ?? s.DueAfter, Overdue ?? s.Overdue, FollowUpDue ?? s.FollowUpDue,
            PriorityMin ?? s.PriorityMin, PriorityMax ?? s.PriorityMax, Sla ?? s.Sla, Q ?? s.Q, OverdueList ?? s.OverdueList);
    }

    public DomainError? Validate()
    {
        var errors = new List<FieldError>();
        if (Page is < 1)
        {
            errors.Add(new FieldError("page", DomainErrorCodes.ValidationFailed, "Pages start at 1."));
        }

        if (PageSize is < 1 or > TaskListQuery.MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", DomainErrorCodes.ValidationFailed, $"Page size is 1 to {TaskListQuery.MaxPageSize}."));
        }

        if (Sort is not null && !TaskSorts.All.Contains(Sort, StringComparer.Ordinal))
        {
            errors.Add(new FieldError("sort", DomainErrorCodes.ValidationFailed, "Sort by one of: " + string.Join(", ", TaskSorts.All) + "."));
        }

        if (Order is not (null or "asc" or "desc"))
        {
            errors.Add(new FieldError("order", DomainErrorCodes.ValidationFailed, "Order is asc or desc."));
        }

        errors.AddRange(ValidateFilter(ToFilter()));
        return errors.Count == 0 ? null : DomainError.Validation(errors);
    }

    /// <summary>Rules a filter must meet, in a query string or a saved filter alike.</summary>
    public static IEnumerable<FieldError> ValidateFilter(TaskFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Sla is not null && !SlaStatuses.All.Contains(filter.Sla, StringComparer.Ordinal))
        {
            yield return new FieldError("sla", DomainErrorCodes.ValidationFailed, "SLA status is one of: " + string.Join(", ", SlaStatuses.All) + ".");
        }

        if (filter.PriorityMin is < 0 or > 100)
        {
            yield return new FieldError("priorityMin", DomainErrorCodes.ValidationFailed, "Priorities are 0 to 100.");
        }

        if (filter.PriorityMax is < 0 or > 100)
        {
            yield return new FieldError("priorityMax", DomainErrorCodes.ValidationFailed, "Priorities are 0 to 100.");
        }

        foreach (var (name, value) in (IEnumerable<(string, string?)>)[("q", filter.Q), ("assignee", filter.Assignee), ("jurisdiction", filter.Jurisdiction),
            ("processKey", filter.ProcessKey), ("personId", filter.PersonId), ("petitionId", filter.PetitionId)])
        {
            if (value is { Length: > 200 })
            {
                yield return new FieldError(name, DomainErrorCodes.TooLong, "At most 200 characters.");
            }
            else if (ControlCharacters.In(value))
            {
                yield return new FieldError(name, DomainErrorCodes.ValidationFailed, ControlCharacters.Message);
            }
        }
    }
}
