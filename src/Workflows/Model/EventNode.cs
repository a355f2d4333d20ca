namespace CaseFlow.Workflows.Model;

/// <summary>A start, end, intermediate or boundary event.</summary>
public abstract record EventNode : FlowNode
{
    /// <summary>The event definition; null for a none event.</summary>
    public EventDefinition? Definition { get; init; }

    /// <summary>The definition's kind, <see cref="EventDefinitionKind.None"/> without one.</summary>
    public EventDefinitionKind DefinitionKind => Definition?.Kind ?? EventDefinitionKind.None;
}
