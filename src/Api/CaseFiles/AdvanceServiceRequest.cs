using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/services/{serviceId}/status</c>.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record AdvanceServiceRequest(
    ServiceStatus? Status,
    DateOnly? On,
    string? Note)
{
    public AdvanceService ToCommand(string actor, int expected, string serviceId) => new(actor, expected, serviceId, Status, On, Note);
}
