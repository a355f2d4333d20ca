namespace CaseFlow.Workflows.Model;

/// <summary>A user task with the Camunda 7 task extensions (§2, R58–R61).</summary>
/// <remarks>
/// Every attribute that may be an expression is kept as written; the engine evaluates it at task creation. Literal
/// values were checked at deploy (priority BPMN307, roles BPMN506).
/// </remarks>
public sealed record UserTask : Activity
{
    /// <summary><c>camunda:assignee</c>.</summary>
    public string? Assignee { get; init; }

    /// <summary><c>camunda:candidateUsers</c>: a comma list or an expression.</summary>
    public string? CandidateUsers { get; init; }

    /// <summary><c>camunda:candidateGroups</c>: role names or an expression.</summary>
    public string? CandidateGroups { get; init; }

    /// <summary><c>camunda:dueDate</c>: ISO 8601 date-time or duration, or an expression.</summary>
    public string? DueDate { get; init; }

    /// <summary><c>camunda:followUpDate</c>: as <see cref="DueDate"/>.</summary>
    public string? FollowUpDate { get; init; }

    /// <summary><c>camunda:priority</c>: an integer 0–100 or an expression; null means 50.</summary>
    public string? Priority { get; init; }

    /// <summary>The task form.</summary>
    public FormDefinition Form { get; init; } = FormDefinition.None;

    /// <summary>Task listeners in XML order.</summary>
    public ValueList<TaskListener> TaskListeners { get; init; } = ValueList<TaskListener>.Empty;

    public override FlowNodeKind Kind => FlowNodeKind.UserTask;

    public override string ElementType => "userTask";
}
