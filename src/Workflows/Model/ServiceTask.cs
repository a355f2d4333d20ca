namespace CaseFlow.Workflows.Model;

/// <summary>An external service task: a job on a topic (R62, R63).</summary>
public sealed record ServiceTask : Activity
{
    /// <summary>The literal <c>camunda:topic</c>; <c>caseflow.</c> topics run in-process.</summary>
    public string? Topic { get; init; }

    /// <summary><c>camunda:taskPriority</c>: an integer or an expression; null means 0.</summary>
    public string? TaskPriority { get; init; }

    public override FlowNodeKind Kind => FlowNodeKind.ServiceTask;

    public override string ElementType => "serviceTask";
}
