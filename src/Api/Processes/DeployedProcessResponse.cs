namespace CaseFlow.Api.Processes;

/// <summary>What a deploy did to one process key of the file.</summary>
/// <param name="Key">The process key.</param>
/// <param name="Version">The version stored, or the latest one when <paramref name="Unchanged"/>.</param>
/// <param name="Status">The version's status: <c>draft</c> when new.</param>
/// <param name="Unchanged">True when the file equalled the latest version and nothing was stored (R80).</param>
public sealed record DeployedProcessResponse(string Key, int Version, string Status, bool Unchanged);
