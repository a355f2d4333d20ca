namespace CaseFlow.Workflows.Model;

/// <summary><c>multiInstanceLoopCharacteristics</c> on an activity (R48–R51).</summary>
public sealed record MultiInstanceCharacteristics
{
    /// <summary>True for a sequential body; false for parallel.</summary>
    public bool IsSequential { get; init; }

    /// <summary><c>loopCardinality</c>: an integer or an expression.</summary>
    public string? LoopCardinality { get; init; }

    /// <summary><c>camunda:collection</c>: an expression or a bare variable name.</summary>
    public string? Collection { get; init; }

    /// <summary><c>camunda:elementVariable</c>: the local receiving each item.</summary>
    public string? ElementVariable { get; init; }

    /// <summary><c>completionCondition</c>: one expression (R50).</summary>
    public string? CompletionCondition { get; init; }

    /// <summary>Savepoints on the inner instances.</summary>
    public AsyncSettings Async { get; init; } = AsyncSettings.None;

    /// <summary>Where the element starts.</summary>
    public SourcePosition Position { get; init; }
}
