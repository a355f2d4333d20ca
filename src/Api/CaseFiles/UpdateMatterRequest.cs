using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/assistance/{assignmentId}/matters/{matterId}/status</c>.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record UpdateMatterRequest(
    MatterStatus? Status,
    DateOnly? On,
    string? Reference)
{
    public UpdateMatter ToCommand(string actor, int expected, string assignmentId, string matterId) => new(actor, expected, assignmentId, matterId, Status, On, Reference);
}
