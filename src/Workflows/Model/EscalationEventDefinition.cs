namespace CaseFlow.Workflows.Model;

/// <summary>An escalation definition: thrown by an intermediate throw or end event, caught by a boundary event.</summary>
public sealed record EscalationEventDefinition : EventDefinition
{
    /// <summary>The id of the root <c>escalation</c> element; null on a catch-all boundary.</summary>
    public string? EscalationRef { get; init; }

    /// <summary>Boundary only: the variable receiving the caught escalation code (R43).</summary>
    public string? EscalationCodeVariable { get; init; }

    public override EventDefinitionKind Kind => EventDefinitionKind.Escalation;
}
