using CaseFlow.Grains.Contracts.CaseFiles;
using Orleans.Concurrency;

namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>One person's case file, keyed by the internal person id (never the resident ID number).</summary>
[Alias("caseflow.IPersonGrain")]
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>Registers the person; refused when this id is already registered or the ID number is taken.</summary>
    [Alias("register")]
    Task<PersonResult> RegisterAsync(RegisterPerson command);

    /// <summary>The person as callers may see it, or PERSON_NOT_FOUND.</summary>
    [Alias("get")]
    Task<PersonResult> GetAsync();

    /// <summary>Changes profile fields if the caller's version is current.</summary>
    [Alias("update-profile")]
    Task<PersonResult> UpdateProfileAsync(UpdatePersonProfile command);

    /// <summary>The case history, oldest first.</summary>
    [Alias("get-history")]
    Task<PersonHistoryResult> GetHistoryAsync();

    /// <summary>Whether this id is a registered person.</summary>
    [Alias("exists")]
    Task<bool> ExistsAsync();

    /// <summary>Whether this person holds, or is at this moment claiming, the ID number with that index key.</summary>
    /// <remarks>
    /// Asked by the ID-number index to decide whether a claim is stale. It interleaves so that the index, which
    /// may be called by this grain during a command, can never wait on it in a cycle; it only reads memory.
    /// </remarks>
    [Alias("holds-id-number"), AlwaysInterleave]
    Task<bool> HoldsIdNumberAsync(string idNumberKey);

    /// <summary>The case file beyond the profile (certificates, benefits, services, visits, 三定, links), or PERSON_NOT_FOUND.</summary>
    [Alias("get-case-file")]
    Task<CaseFileResult> GetCaseFileAsync();

    [Alias("issue-certificate")]
    Task<CaseFileResult> IssueCertificateAsync(IssueCertificate command);

    [Alias("end-certificate")]
    Task<CaseFileResult> EndCertificateAsync(EndCertificate command);

    [Alias("grant-benefit")]
    Task<CaseFileResult> GrantBenefitAsync(GrantBenefit command);

    [Alias("end-benefit")]
    Task<CaseFileResult> EndBenefitAsync(EndBenefit command);

    [Alias("record-insurance-reduction")]
    Task<CaseFileResult> RecordInsuranceReductionAsync(RecordInsuranceReduction command);

    [Alias("record-service")]
    Task<CaseFileResult> RecordServiceAsync(RecordService command);

    [Alias("advance-service")]
    Task<CaseFileResult> AdvanceServiceAsync(AdvanceService command);

    [Alias("record-visit")]
    Task<CaseFileResult> RecordVisitAsync(RecordVisit command);

    [Alias("record-problem")]
    Task<CaseFileResult> RecordProblemAsync(RecordProblem command);

    [Alias("resolve-problem")]
    Task<CaseFileResult> ResolveProblemAsync(ResolveProblem command);

    [Alias("open-assistance")]
    Task<CaseFileResult> OpenAssistanceAsync(OpenAssistance command);

    [Alias("update-matter")]
    Task<CaseFileResult> UpdateMatterAsync(UpdateMatter command);

    [Alias("close-assistance")]
    Task<CaseFileResult> CloseAssistanceAsync(CloseAssistance command);

    [Alias("record-enrolment")]
    Task<CaseFileResult> RecordEnrolmentAsync(RecordEnrolment command);

    [Alias("end-enrolment")]
    Task<CaseFileResult> EndEnrolmentAsync(EndEnrolment command);

    [Alias("set-monitoring")]
    Task<CaseFileResult> SetMonitoringAsync(SetMonitoring command);

    /// <summary>Links a petition or updates its status and outcome; an unchanged link writes nothing.</summary>
    [Alias("link-petition")]
    Task<CaseFileResult> LinkPetitionAsync(LinkPetition command);

    /// <summary>Links a process instance; linking one already linked writes nothing.</summary>
    [Alias("link-process")]
    Task<CaseFileResult> LinkProcessAsync(LinkProcess command);
}
