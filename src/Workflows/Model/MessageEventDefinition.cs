namespace CaseFlow.Workflows.Model;

/// <summary>A message definition; the name lives on the referenced <see cref="MessageDefinition"/>.</summary>
public sealed record MessageEventDefinition : EventDefinition
{
    /// <summary>The id of the root <c>message</c> element.</summary>
    public string? MessageRef { get; init; }

    public override EventDefinitionKind Kind => EventDefinitionKind.Message;
}
