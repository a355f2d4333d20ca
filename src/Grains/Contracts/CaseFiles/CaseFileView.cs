using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>A person's case file beyond the profile, as every caller sees it: certificate numbers masked.</summary>
/// <remarks>
/// <c>Version</c> is the person's version (the same ETag as <c>/api/persons/{id}</c>): every case-file command
/// increments it. <c>Certificate</c> is the current certificate (the newest not superseded), if any.
/// </remarks>
[GenerateSerializer, Immutable, Alias("caseflow.case-file-view")]
public sealed record CaseFileView(
    [property: Id(0)] string PersonId,
    [property: Id(1)] int Version,
    [property: Id(2)] CertificateView? Certificate,
    [property: Id(3)] ImmutableArray<CertificateView> CertificateHistory,
    [property: Id(4)] ImmutableArray<BenefitEntitlement> Benefits,
    [property: Id(5)] ImmutableArray<InsuranceReduction> InsuranceReductions,
    [property: Id(6)] ImmutableArray<ServiceRecord> Services,
    [property: Id(7)] ImmutableArray<VisitRecord> Visits,
    [property: Id(8)] ImmutableArray<ProblemRecord> Problems,
    [property: Id(9)] int OpenProblems,
    [property: Id(10)] ImmutableArray<AssistanceAssignment> Assistance,
    [property: Id(11)] ImmutableArray<Enrolment> Enrolments,
    [property: Id(12)] MonitoringFlag? Monitoring,
    [property: Id(13)] ImmutableArray<PetitionLink> Petitions,
    [property: Id(14)] ImmutableArray<ProcessLink> Processes);
