namespace CaseFlow.Workflows.Model;

/// <summary>One <c>camunda:entry</c> of a map.</summary>
/// <param name="Key">The literal key.</param>
/// <param name="Value">The entry's value.</param>
public sealed record MapEntry(string Key, ParameterValue Value);
