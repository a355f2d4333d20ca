using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/enrolments</c>.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record RecordEnrolmentRequest(
    AssistanceSystem? System,
    string? Programme,
    DateOnly? StartedOn,
    string? Source)
{
    public RecordEnrolment ToCommand(string actor, int expected) => new(actor, expected, System, Programme, StartedOn, Source);
}
