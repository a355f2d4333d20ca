using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/services</c>.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record RecordServiceRequest(
    ServiceKind? Kind,
    int? Quantity,
    string? Provider,
    string? Programme,
    DateOnly? RequestedOn,
    string? Note)
{
    public RecordService ToCommand(string actor, int expected) => new(actor, expected, Kind, Quantity, Provider, Programme, RequestedOn, Note);
}
