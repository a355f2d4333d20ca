using CaseFlow.Workflows.Diagnostics;

namespace CaseFlow.Workflows.Parsing;

/// <summary>The text of a file after the size and encoding checks, or the diagnostic that stopped it.</summary>
internal sealed record DecodedDocument(string? Text, Diagnostic? Failure);
