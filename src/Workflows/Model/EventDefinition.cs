namespace CaseFlow.Workflows.Model;

/// <summary>The one event definition of an event (BPMN.md §1.2 allows exactly one).</summary>
public abstract record EventDefinition
{
    /// <summary>The definition's own id, when the modeler wrote one.</summary>
    public string? Id { get; init; }

    /// <summary>Where the definition starts in the file.</summary>
    public SourcePosition Position { get; init; }

    /// <summary>What kind of definition this is.</summary>
    public abstract EventDefinitionKind Kind { get; }
}
