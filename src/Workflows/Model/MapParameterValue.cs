namespace CaseFlow.Workflows.Model;

/// <summary>A <c>camunda:map</c>: becomes a JSON object, entry by entry (R68).</summary>
/// <param name="Entries">The entries in XML order.</param>
public sealed record MapParameterValue(ValueList<MapEntry> Entries) : ParameterValue;
