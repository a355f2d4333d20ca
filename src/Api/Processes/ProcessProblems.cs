using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Workflows.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Api.Processes;

/// <summary>ProblemDetails for process refusals: the shared shape plus a <c>diagnostics</c> list where the parser spoke.</summary>
/// <remarks>
/// <c>diagnostics</c> items carry code, severity, message, elementId, elementType, line and column (R87). Messages come
/// from the parser, which quotes at most 200 characters of input and never expands entities, so no file content
/// beyond that, and nothing of the server's files, can reach a response.
/// </remarks>
public static class ProcessProblems
{
    public static ProblemHttpResult From(DomainError error, IReadOnlyList<ProcessDiagnostic> diagnostics)
    {
        var problem = ApiProblems.From(error);
        if (diagnostics.Count > 0)
        {
            problem.ProblemDetails.Extensions["diagnostics"] = diagnostics;
        }

        return problem;
    }

    /// <summary>422 MODEL_INVALID, or 413 PAYLOAD_TOO_LARGE when the error is the size limit (BPMN002).</summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<ProcessDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Count(d => d.IsError);
        return diagnostics.Any(d => d.Code == FileTooLargeCode)
            ? TooLarge(diagnostics)
            : From(DomainError.Simple(ProcessErrorCodes.ModelInvalid, $"The BPMN file has {errors} errors; see the diagnostics."), diagnostics);
    }

    /// <summary>413 PAYLOAD_TOO_LARGE with the BPMN002 diagnostic.</summary>
    public static ProblemHttpResult TooLarge(IReadOnlyList<ProcessDiagnostic>? diagnostics = null) =>
        From(
            DomainError.Simple(ProcessErrorCodes.PayloadTooLarge, $"The BPMN file exceeds the limit of {ProcessFileReader.MaxFileBytes} bytes."),
            diagnostics ?? [new ProcessDiagnostic(FileTooLargeCode, ProcessDiagnostic.Error,
                $"The file exceeds the limit of {ProcessFileReader.MaxFileBytes} bytes.", null, null, 0, 0)]);

    private const string FileTooLargeCode = DiagnosticCodes.FileTooLarge;
}
