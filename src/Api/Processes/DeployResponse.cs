using CaseFlow.Grains.Contracts.Processes;

namespace CaseFlow.Api.Processes;

/// <summary>The answer to a successful deploy: every executable process of the file and the non-blocking findings.</summary>
/// <param name="Processes">One entry per executable process key, in file order.</param>
/// <param name="Diagnostics">Warnings and infos; a deploy with errors is answered with 422 instead.</param>
public sealed record DeployResponse(IReadOnlyList<DeployedProcessResponse> Processes, IReadOnlyList<ProcessDiagnostic> Diagnostics);
