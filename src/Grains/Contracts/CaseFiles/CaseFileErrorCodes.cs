namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Stable error codes of case-file commands (besides the shared REQUIRED, TOO_LONG, VERSION_MISMATCH…).</summary>
public static class CaseFileErrorCodes
{
    /// <summary>A value outside its allowed set or range (category, grade, generation, amount…).</summary>
    public const string OutOfRange = "OUT_OF_RANGE";

    /// <summary>A date after today where only past or present dates make sense.</summary>
    public const string DateInFuture = "DATE_IN_FUTURE";

    /// <summary>A date before another it must follow (expiry before issue, end before start…).</summary>
    public const string DateOrder = "DATE_ORDER";

    public const string CertificateGradeMismatch = "CERTIFICATE_GRADE_MISMATCH";
    public const string CertificateReapplyBarred = "CERTIFICATE_REAPPLY_BARRED";
    public const string CertificateNone = "CERTIFICATE_NONE";
    public const string CertificateNotValid = "CERTIFICATE_NOT_VALID";

    public const string BenefitTierUnknown = "BENEFIT_TIER_UNKNOWN";
    public const string BenefitNotEligible = "BENEFIT_NOT_ELIGIBLE";
    public const string BenefitExcluded = "BENEFIT_EXCLUDED";
    public const string BenefitDuplicate = "BENEFIT_DUPLICATE";
    public const string BenefitNotFound = "BENEFIT_NOT_FOUND";
    public const string BenefitEnded = "BENEFIT_ENDED";

    public const string InsuranceDuplicate = "INSURANCE_DUPLICATE";

    public const string ServiceNotFound = "SERVICE_NOT_FOUND";
    public const string ServiceTransition = "SERVICE_TRANSITION";

    public const string ProblemNotFound = "PROBLEM_NOT_FOUND";
    public const string ProblemClosed = "PROBLEM_CLOSED";

    public const string AssistanceOpenExists = "ASSISTANCE_OPEN_EXISTS";
    public const string AssistanceNotFound = "ASSISTANCE_NOT_FOUND";
    public const string AssistanceClosed = "ASSISTANCE_CLOSED";
    public const string AssistanceMattersOpen = "ASSISTANCE_MATTERS_OPEN";
    public const string MatterNotFound = "MATTER_NOT_FOUND";
    public const string MatterTransition = "MATTER_TRANSITION";

    public const string EnrolmentNotFound = "ENROLMENT_NOT_FOUND";
    public const string EnrolmentDuplicate = "ENROLMENT_DUPLICATE";
    public const string EnrolmentEnded = "ENROLMENT_ENDED";

    public const string MonitoringTransition = "MONITORING_TRANSITION";

    /// <summary>Codes about a part of the file that does not exist (HTTP 404).</summary>
    public static bool IsNotFound(string code) =>
        code is BenefitNotFound or ServiceNotFound or ProblemNotFound or AssistanceNotFound or MatterNotFound or EnrolmentNotFound;

    /// <summary>Codes about the state of the file rather than the input (HTTP 409).</summary>
    public static bool IsConflict(string code) =>
        code is CertificateReapplyBarred or CertificateNone or CertificateNotValid or BenefitDuplicate or BenefitEnded or InsuranceDuplicate
            or ServiceTransition or ProblemClosed or AssistanceOpenExists or AssistanceClosed or AssistanceMattersOpen or MatterTransition
            or EnrolmentDuplicate or EnrolmentEnded or MonitoringTransition;
}
