namespace CaseFlow.Workflows.Model;

/// <summary>An error definition: thrown by an end event, caught by a boundary event.</summary>
public sealed record ErrorEventDefinition : EventDefinition
{
    /// <summary>The id of the root <c>error</c> element; null on a catch-all boundary.</summary>
    public string? ErrorRef { get; init; }

    /// <summary>Boundary only: the variable receiving the caught error code (R41).</summary>
    public string? ErrorCodeVariable { get; init; }

    /// <summary>Boundary only: the variable receiving the caught error message (R41).</summary>
    public string? ErrorMessageVariable { get; init; }

    public override EventDefinitionKind Kind => EventDefinitionKind.Error;
}
