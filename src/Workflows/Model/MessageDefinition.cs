namespace CaseFlow.Workflows.Model;

/// <summary>A root <c>message</c> element.</summary>
/// <param name="Id">The id events refer to.</param>
/// <param name="Name">The message name used for correlation; may be an expression on catch events (§2).</param>
/// <param name="Position">Where the element starts.</param>
public sealed record MessageDefinition(string Id, string? Name, SourcePosition Position);
