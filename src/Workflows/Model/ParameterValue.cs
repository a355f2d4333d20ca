namespace CaseFlow.Workflows.Model;

/// <summary>The value of an input/output parameter, list item or map entry (§2 <c>camunda:inputOutput</c>).</summary>
public abstract record ParameterValue;
