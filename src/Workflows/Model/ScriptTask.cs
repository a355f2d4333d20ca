namespace CaseFlow.Workflows.Model;

/// <summary>An inline JavaScript task (R64).</summary>
public sealed record ScriptTask : Activity
{
    /// <summary>The script; null only in a model that failed validation.</summary>
    public ScriptSource? Script { get; init; }

    /// <summary><c>camunda:resultVariable</c>: receives the completion value.</summary>
    public string? ResultVariable { get; init; }

    public override FlowNodeKind Kind => FlowNodeKind.ScriptTask;

    public override string ElementType => "scriptTask";
}
