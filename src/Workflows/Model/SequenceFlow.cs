namespace CaseFlow.Workflows.Model;

/// <summary>A sequence flow between two nodes of one scope (R8–R12).</summary>
public sealed record SequenceFlow
{
    /// <summary>The flow id.</summary>
    public required string Id { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary><c>sourceRef</c>.</summary>
    public required string SourceId { get; init; }

    /// <summary><c>targetRef</c>.</summary>
    public required string TargetId { get; init; }

    /// <summary>The condition; null for an unconditional flow.</summary>
    public ConditionExpression? Condition { get; init; }

    /// <summary>True when the source names this flow as its <c>default</c>.</summary>
    public bool IsDefault { get; init; }

    /// <summary>The id of the enclosing embedded subprocess; null at process level.</summary>
    public string? ScopeId { get; init; }

    /// <summary><c>camunda:properties</c> in XML order.</summary>
    public ValueList<ExtensionProperty> Properties { get; init; } = ValueList<ExtensionProperty>.Empty;

    /// <summary>Where the element starts.</summary>
    public SourcePosition Position { get; init; }
}
