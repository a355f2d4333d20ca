namespace CaseFlow.Workflows.Model;

/// <summary>A <c>camunda:value</c> of an enum field.</summary>
/// <param name="Id">The stored value.</param>
/// <param name="Name">The label shown.</param>
public sealed record FormFieldEnumValue(string Id, string? Name);
