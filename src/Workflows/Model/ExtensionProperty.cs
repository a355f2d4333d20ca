namespace CaseFlow.Workflows.Model;

/// <summary>One <c>camunda:property</c>: free metadata, or a reserved <c>caseflow.</c> key (§2.1).</summary>
/// <param name="Name">The key; C7 allows duplicates, so the model keeps a list, not a map.</param>
/// <param name="Value">The value as written.</param>
public sealed record ExtensionProperty(string Name, string? Value);
