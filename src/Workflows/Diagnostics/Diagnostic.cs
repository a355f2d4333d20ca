namespace CaseFlow.Workflows.Diagnostics;

/// <summary>One finding of parsing or validating a BPMN file (BPMN.md §6).</summary>
/// <param name="Code">Stable code such as <c>BPMN201</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">Errors block the deploy; warnings and infos do not.</param>
/// <param name="Message">English text quoting at most 200 characters of input, never a stack trace or path.</param>
/// <param name="ElementId">The id of the element concerned, when it has one.</param>
/// <param name="ElementType">The XML local name of the element concerned (for example <c>userTask</c>).</param>
/// <param name="Line">1-based line reported by the XML reader; 0 when unknown.</param>
/// <param name="Column">1-based column reported by the XML reader; 0 when unknown.</param>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string? ElementId,
    string? ElementType,
    int Line,
    int Column)
{
    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;
}
