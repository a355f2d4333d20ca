using CaseFlow.Workflows.Diagnostics;

namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>One parser finding as it crosses the grain boundary and reaches API clients (BPMN.md R87).</summary>
/// <param name="Code">Stable code such as <c>BPMN201</c>.</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Message">English text; quotes at most 200 characters of input, never a path or stack trace.</param>
/// <param name="ElementId">The element concerned, when it has an id.</param>
/// <param name="ElementType">The XML local name of the element concerned.</param>
/// <param name="Line">1-based line; 0 when unknown.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
[GenerateSerializer, Immutable, Alias("caseflow.process-diagnostic")]
public sealed record ProcessDiagnostic(
    [property: Id(0)] string Code,
    [property: Id(1)] string Severity,
    [property: Id(2)] string Message,
    [property: Id(3)] string? ElementId,
    [property: Id(4)] string? ElementType,
    [property: Id(5)] int Line,
    [property: Id(6)] int Column)
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";

    public bool IsError => string.Equals(Severity, Error, StringComparison.Ordinal);

    public static ProcessDiagnostic From(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => Error,
            DiagnosticSeverity.Warning => Warning,
            _ => Info,
        };
        return new ProcessDiagnostic(
            diagnostic.Code, severity, diagnostic.Message, diagnostic.ElementId, diagnostic.ElementType, diagnostic.Line, diagnostic.Column);
    }
}
