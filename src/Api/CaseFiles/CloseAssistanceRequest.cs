using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/assistance/{assignmentId}/close</c>.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record CloseAssistanceRequest(
    string? Reason,
    DateOnly? ClosedOn)
{
    public CloseAssistance ToCommand(string actor, int expected, string assignmentId) => new(actor, expected, assignmentId, Reason, ClosedOn);
}
