namespace CaseFlow.Workflows.Diagnostics;

/// <summary>How serious a deploy diagnostic is (BPMN.md R87).</summary>
public enum DiagnosticSeverity
{
    /// <summary>Blocks the deploy.</summary>
    Error,

    /// <summary>Reported; the deploy proceeds.</summary>
    Warning,

    /// <summary>Informational; the deploy proceeds.</summary>
    Info,
}
