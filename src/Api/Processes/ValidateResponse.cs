using CaseFlow.Grains.Contracts.Processes;

namespace CaseFlow.Api.Processes;

/// <summary>The answer to a validate-only request; nothing is stored.</summary>
/// <param name="Valid">True when no diagnostic is an error, so a deploy would succeed.</param>
/// <param name="ProcessKeys">The executable process keys a deploy would store.</param>
/// <param name="Diagnostics">Every finding in document order (R87).</param>
public sealed record ValidateResponse(bool Valid, IReadOnlyList<string> ProcessKeys, IReadOnlyList<ProcessDiagnostic> Diagnostics);
