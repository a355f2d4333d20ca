using System.Text.Json;
using CaseFlow.Grains.Tasks.ReadModel;

namespace CaseFlow.Api.Tasks;

/// <summary>Body of assign and delegate: the user id that gets the task.</summary>
public sealed record AssigneeRequest(string? Assignee);

/// <summary>Body of the due-date change; null clears the due date and its SLA clock.</summary>
public sealed record DueDateRequest(DateTimeOffset? DueDate);

/// <summary>Body of the follow-up-date change; null clears it.</summary>
public sealed record FollowUpDateRequest(DateTimeOffset? FollowUpDate);

/// <summary>Body of the priority change: 0 to 100.</summary>
public sealed record PriorityRequest(int? Priority);

/// <summary>Body of complete: the variables to write, one JSON object; checked against the task form.</summary>
public sealed record CompleteRequest(JsonElement? Variables)
{
    // Variables are case content; printing the record must not leak them into logs.
    private bool PrintMembers(System.Text.StringBuilder builder) => false;
}

/// <summary>Body of return (退回): the earlier user task to go back to and the reason, which is required.</summary>
public sealed record ReturnRequest(string? TargetElementId, string? Reason);

/// <summary>Pause or resume a task's SLA clock: why (1–500 characters), recorded in the case history.</summary>
public sealed record PauseRequest(string? Reason);

/// <summary>Body of a comment.</summary>
public sealed record CommentRequest(string? Text)
{
    // Comment text is case content; printing the record must not leak it into logs.
    private bool PrintMembers(System.Text.StringBuilder builder) => false;
}

/// <summary>Body of a saved filter: a name unique for the caller and the filter itself.</summary>
public sealed record SaveFilterRequest(string? Name, TaskFilter? Filter);
