namespace CaseFlow.Workflows.Model;

/// <summary>One <c>camunda:in</c> or <c>camunda:out</c> of a call activity (R46).</summary>
public sealed record CallVariableMapping
{
    /// <summary>A variable name to copy.</summary>
    public string? Source { get; init; }

    /// <summary>An expression whose value is copied.</summary>
    public string? SourceExpression { get; init; }

    /// <summary>The variable written on the other side.</summary>
    public string? Target { get; init; }

    /// <summary><c>variables="all"</c>.</summary>
    public bool AllVariables { get; init; }

    /// <summary><c>local="true"</c>: only the call activity's locals.</summary>
    public bool Local { get; init; }

    /// <summary><c>camunda:in businessKey</c>: the child's business key (literal or expression).</summary>
    public string? BusinessKey { get; init; }

    /// <summary>Where the element starts.</summary>
    public SourcePosition Position { get; init; }
}
