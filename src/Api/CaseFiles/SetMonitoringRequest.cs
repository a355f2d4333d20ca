using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>PUT /api/persons/{id}/monitoring</c>.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record SetMonitoringRequest(
    MonitoringCategory? Category,
    MonitoringStatus? Status,
    DateOnly? On,
    string? Source)
{
    public SetMonitoring ToCommand(string actor, int expected) => new(actor, expected, Category, Status, On, Source);
}
