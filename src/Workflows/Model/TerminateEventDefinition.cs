namespace CaseFlow.Workflows.Model;

/// <summary>A terminate end event's definition (R26).</summary>
public sealed record TerminateEventDefinition : EventDefinition
{
    public override EventDefinitionKind Kind => EventDefinitionKind.Terminate;
}
