using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>The sections of a case file beyond the profile (DOMAIN.md §3.3–3.10), as stored in the person's state.</summary>
/// <remarks>
/// Immutable, so a command builds the next file with <c>with</c> and the grain stores it in one write together with
/// the history entry. Lists only grow; entries change status but are never removed. Ids are a prefix and the
/// 1-based position in their list (<c>visit-3</c>), stable because nothing is removed.
/// </remarks>
[GenerateSerializer, Immutable, Alias("caseflow.person.case-file")]
public sealed record PersonCaseFile(
    [property: Id(0)] ImmutableArray<CertificateRecord> Certificates,
    [property: Id(1)] ImmutableArray<BenefitEntitlement> Benefits,
    [property: Id(2)] ImmutableArray<InsuranceReduction> InsuranceReductions,
    [property: Id(3)] ImmutableArray<ServiceRecord> Services,
    [property: Id(4)] ImmutableArray<VisitRecord> Visits,
    [property: Id(5)] ImmutableArray<ProblemRecord> Problems,
    [property: Id(6)] ImmutableArray<AssistanceAssignment> Assistance,
    [property: Id(7)] ImmutableArray<Enrolment> Enrolments,
    [property: Id(8)] MonitoringFlag? Monitoring,
    [property: Id(9)] ImmutableArray<PetitionLink> Petitions,
    [property: Id(10)] ImmutableArray<ProcessLink> Processes)
{
    public static PersonCaseFile Empty { get; } = new([], [], [], [], [], [], [], [], null, [], []);

    /// <summary>The newest certificate that was not superseded, whatever its status.</summary>
    public CertificateRecord? CurrentCertificate =>
        Certificates.LastOrDefault(c => c.Status != CertificateStatus.Superseded);

    /// <summary>
    /// The file after the holder's ID number changed: the current certificate's number is recomposed so its first 18
    /// characters stay the holder's ID (DOMAIN.md §3.3 invariant); numbers already superseded stay in history as held.
    /// </summary>
    public PersonCaseFile WithIdNumber(string idNumber)
    {
        if (CurrentCertificate is not { Status: CertificateStatus.Valid or CertificateStatus.LostReported } current)
        {
            return this;
        }

        var renumbered = current with { Number = CertificateNumbers.Compose(idNumber, current.Category, current.Grade) };
        return this with { Certificates = Certificates.SetItem(Certificates.LastIndexOf(current), renumbered) };
    }

    public int OpenProblemCount => Problems.Count(p => p.IsOpen);

    public bool HasActiveEnrolment(string programme) =>
        Enrolments.Any(e => e.IsActive && string.Equals(e.Programme, programme, StringComparison.Ordinal));

    public CaseFileView ToView(string personId, int version, DateOnly today) => new(
        personId,
        version,
        CurrentCertificate?.ToView(today),
        [.. Certificates.Select(c => c.ToView(today))],
        Benefits,
        InsuranceReductions,
        Services,
        Visits,
        Problems,
        OpenProblemCount,
        Assistance,
        Enrolments,
        Monitoring,
        Petitions,
        Processes);
}
