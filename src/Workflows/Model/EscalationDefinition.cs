namespace CaseFlow.Workflows.Model;

/// <summary>A root <c>escalation</c> element.</summary>
/// <param name="Id">The id events refer to.</param>
/// <param name="Name">The display name.</param>
/// <param name="EscalationCode">The code thrown and matched (R43); may be an expression on throwing events.</param>
/// <param name="Position">Where the element starts.</param>
public sealed record EscalationDefinition(string Id, string? Name, string? EscalationCode, SourcePosition Position);
