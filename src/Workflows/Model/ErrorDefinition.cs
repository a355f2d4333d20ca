namespace CaseFlow.Workflows.Model;

/// <summary>A root <c>error</c> element.</summary>
/// <param name="Id">The id events refer to.</param>
/// <param name="Name">The display name.</param>
/// <param name="ErrorCode">The code thrown and matched (R41); literal.</param>
/// <param name="ErrorMessage">The <c>camunda:errorMessage</c> thrown with the code, if any.</param>
/// <param name="Position">Where the element starts.</param>
public sealed record ErrorDefinition(string Id, string? Name, string? ErrorCode, string? ErrorMessage, SourcePosition Position);
