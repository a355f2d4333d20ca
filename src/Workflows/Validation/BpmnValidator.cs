using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Parsing;

namespace CaseFlow.Workflows.Validation;

/// <summary>The deploy-time rules that need the whole model of one file (BPMN.md §1.2 "Checked at deploy", §6).</summary>
/// <remarks>
/// Cross-key rules (BPMN601, BPMN602) need the other published versions and run at publish, outside this project.
/// Only executable processes are validated: they are the ones a deploy stores.
/// </remarks>
public static class BpmnValidator
{
    /// <summary>Validates a parsed file and returns the findings in document order.</summary>
    public static IReadOnlyList<Diagnostic> Validate(BpmnDefinitions definitions, BpmnParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        options ??= BpmnParserOptions.Default;
        var diagnostics = new DiagnosticBag();
        Validate(definitions, options, diagnostics);
        return diagnostics.ToSortedList(options.MaxDiagnostics);
    }

    internal static void Validate(BpmnDefinitions definitions, BpmnParserOptions options, DiagnosticBag diagnostics)
    {
        var executable = definitions.ExecutableProcesses.ToList();
        if (executable.Count == 0)
        {
            diagnostics.Add(DiagnosticCodes.NoExecutableProcess, "The file has no executable process (isExecutable=\"true\").", definitions.Id, "definitions", SourcePosition.None);
        }

        var fileChecks = new FileValidator(definitions, diagnostics);
        fileChecks.Validate(executable);
        foreach (var process in executable)
        {
            new ProcessValidator(process, options, diagnostics).Validate();
        }
    }
}
