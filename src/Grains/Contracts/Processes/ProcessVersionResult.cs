using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>One version after a command or read, or why there is none.</summary>
/// <param name="Version">The version; null on error.</param>
/// <param name="Error">Why there is no version.</param>
/// <param name="Diagnostics">
/// For a publish refused with MODEL_INVALID: the errors found when re-validating (and any warnings). For a publish
/// that succeeded: its warnings, such as BPMN602 for a called key with no published version. Empty otherwise.
/// </param>
[GenerateSerializer, Immutable, Alias("caseflow.process-version-result")]
public sealed record ProcessVersionResult(
    [property: Id(0)] ProcessVersionView? Version,
    [property: Id(1)] DomainError? Error,
    [property: Id(2)] ImmutableArray<ProcessDiagnostic> Diagnostics)
{
    public static ProcessVersionResult Ok(ProcessVersionView version, ImmutableArray<ProcessDiagnostic> warnings = default) =>
        new(version, null, warnings.IsDefault ? [] : warnings);

    public static ProcessVersionResult Fail(DomainError error, ImmutableArray<ProcessDiagnostic> diagnostics = default) =>
        new(null, error, diagnostics.IsDefault ? [] : diagnostics);
}
