using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/process-links</c>.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record LinkProcessRequest(
    string? InstanceId,
    string? ProcessKey)
{
    public LinkProcess ToCommand(string actor, int expected) => new(actor, expected, InstanceId ?? string.Empty, ProcessKey);
}
