namespace CaseFlow.Workflows.Model;

/// <summary>A <c>camunda:constraint</c>: required, readonly, minlength, maxlength, min or max.</summary>
/// <param name="Name">The constraint name.</param>
/// <param name="Config">Its parameter (a number for the length and range constraints).</param>
public sealed record FormFieldConstraint(string Name, string? Config);
