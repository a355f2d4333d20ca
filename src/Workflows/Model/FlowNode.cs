namespace CaseFlow.Workflows.Model;

/// <summary>A node of a process graph: event, activity or gateway.</summary>
/// <remarks>
/// Nodes are immutable and compare structurally. A node does not hold its flows: the graph lives in
/// <see cref="ProcessModel"/>'s lookups, so a node can be compared or migrated on its own.
/// </remarks>
public abstract record FlowNode
{
    /// <summary>The element id, unique in the file.</summary>
    public required string Id { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>The id of the enclosing embedded subprocess; null at process level.</summary>
    public string? ScopeId { get; init; }

    /// <summary>Where the element's start tag is.</summary>
    public SourcePosition Position { get; init; }

    /// <summary>Savepoints (R66).</summary>
    public AsyncSettings Async { get; init; } = AsyncSettings.None;

    /// <summary><c>camunda:inputOutput</c> (R68).</summary>
    public InputOutputMapping InputOutput { get; init; } = InputOutputMapping.Empty;

    /// <summary><c>camunda:properties</c> in XML order.</summary>
    public ValueList<ExtensionProperty> Properties { get; init; } = ValueList<ExtensionProperty>.Empty;

    /// <summary><c>camunda:failedJobRetryTimeCycle</c> as written; null means the default <c>R3/PT1M</c> (R63).</summary>
    public string? FailedJobRetryTimeCycle { get; init; }

    /// <summary>The node's type.</summary>
    public abstract FlowNodeKind Kind { get; }

    /// <summary>The BPMN XML local name, used in diagnostics and APIs (for example <c>exclusiveGateway</c>).</summary>
    public abstract string ElementType { get; }

    /// <summary>The value of a <c>camunda:property</c>, or null when absent.</summary>
    public string? Property(string name) =>
        Properties.FirstOrDefault(property => string.Equals(property.Name, name, StringComparison.Ordinal))?.Value;
}
