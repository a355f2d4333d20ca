using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/enrolments/{enrolmentId}/end</c>.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record EndEnrolmentRequest(
    DateOnly? EndedOn)
{
    public EndEnrolment ToCommand(string actor, int expected, string enrolmentId) => new(actor, expected, enrolmentId, EndedOn);
}
