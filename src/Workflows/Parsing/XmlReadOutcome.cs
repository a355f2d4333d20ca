using CaseFlow.Workflows.Diagnostics;

namespace CaseFlow.Workflows.Parsing;

/// <summary>The tree of a file, or the diagnostic that stopped reading it.</summary>
internal sealed record XmlReadOutcome(XmlElementNode? Root, Diagnostic? Failure);
