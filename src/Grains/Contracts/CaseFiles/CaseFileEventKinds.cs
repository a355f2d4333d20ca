namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Stable names of case-file history events; stored in history and the read model, so never renamed.</summary>
public static class CaseFileEventKinds
{
    public const string CertificateIssued = "certificate.issued";
    public const string CertificateCancelled = "certificate.cancelled";
    public const string CertificateLostReported = "certificate.lost-reported";
    public const string BenefitGranted = "benefit.granted";
    public const string BenefitEnded = "benefit.ended";
    public const string InsuranceReductionRecorded = "insurance.reduction-recorded";
    public const string ServiceRecorded = "service.recorded";
    public const string ServiceAdvanced = "service.advanced";
    public const string VisitRecorded = "visit.recorded";
    public const string ProblemRecorded = "problem.recorded";
    public const string ProblemResolved = "problem.resolved";
    public const string AssistanceOpened = "assistance.opened";
    public const string AssistanceMatterUpdated = "assistance.matter-updated";
    public const string AssistanceClosed = "assistance.closed";
    public const string EnrolmentRecorded = "enrolment.recorded";
    public const string EnrolmentEnded = "enrolment.ended";
    public const string MonitoringChanged = "monitoring.changed";
    public const string PetitionLinked = "petition.linked";
    public const string ProcessLinked = "process.linked";
}
