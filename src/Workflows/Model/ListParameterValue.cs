namespace CaseFlow.Workflows.Model;

/// <summary>A <c>camunda:list</c>: becomes a JSON array, item by item (R68).</summary>
/// <param name="Items">The items in XML order.</param>
public sealed record ListParameterValue(ValueList<ParameterValue> Items) : ParameterValue;
