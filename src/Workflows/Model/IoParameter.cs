namespace CaseFlow.Workflows.Model;

/// <summary>One <c>camunda:inputParameter</c> or <c>camunda:outputParameter</c>.</summary>
/// <param name="Name">The variable written: a local of the element (inputs) or of the parent scope (outputs).</param>
/// <param name="Value">The value.</param>
/// <param name="Position">Where the parameter element starts.</param>
public sealed record IoParameter(string Name, ParameterValue Value, SourcePosition Position);
