using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/certificates/current/end</c>: reason <c>Lost</c> reports the card lost; the others cancel it.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record EndCertificateRequest(
    CertificateEndReason? Reason,
    DateOnly? EndedOn)
{
    public EndCertificate ToCommand(string actor, int expected) => new(actor, expected, Reason, EndedOn);
}
