using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>The version a deploy stored or found unchanged, or why it stored nothing.</summary>
/// <param name="Version">The stored version, or the latest one when <paramref name="Unchanged"/>; null on error.</param>
/// <param name="Unchanged">True when the file equalled the latest version and nothing was stored (R80).</param>
/// <param name="Diagnostics">Every parser finding: the errors that refused the file, or its warnings and infos.</param>
/// <param name="Error">Why nothing was stored; <see cref="ProcessErrorCodes.ModelInvalid"/> comes with the errors.</param>
[GenerateSerializer, Immutable, Alias("caseflow.process-deploy-result")]
public sealed record ProcessDeployResult(
    [property: Id(0)] ProcessVersionView? Version,
    [property: Id(1)] bool Unchanged,
    [property: Id(2)] ImmutableArray<ProcessDiagnostic> Diagnostics,
    [property: Id(3)] DomainError? Error);
