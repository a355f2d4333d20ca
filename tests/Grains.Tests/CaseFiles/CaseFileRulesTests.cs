using CaseFlow.Grains.CaseFiles;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Persons;
using CaseFlow.Grains.Tests.Persons;

namespace CaseFlow.Grains.Tests.CaseFiles;

/// <summary>Input validation and domain rules of the case-file commands, without a cluster.</summary>
public sealed class CaseFileRulesTests
{
    private const string Actor = "caseworker-1";
    private static readonly DateOnly Today = new(2026, 3, 1);
    private static readonly PersonProfile Profile = PersonStateSerializationTests.SampleState().Profile!;

    private static CaseFileContext Context(PersonCaseFile? file = null, BenefitOptions? benefits = null) =>
        new(Profile, file ?? PersonCaseFile.Empty, Today, new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero), benefits ?? new BenefitOptions());

    private static IssueCertificate Certificate(DisabilityCategory? category = DisabilityCategory.Physical, int? grade = 2) =>
        new(Actor, null, category, grade, [], 3, false, new DateOnly(2024, 2, 29), null, "汉阴县残联", null, false, null, null);

    private static PersonCaseFile WithCertificate(int grade = 2) =>
        CaseFileRules.IssueCertificate(Context(), Certificate(grade: grade)).Next!;

    [Fact(DisplayName = "Certificate number = ID + category digit + grade digit; 29 Feb expires on 28 Feb ten years on")]
    public void Certificate_number_and_expiry()
    {
        var certificate = WithCertificate().CurrentCertificate!;

        Assert.Equal("11010519491231002X42", certificate.Number);
        Assert.Equal(new DateOnly(2034, 2, 28), certificate.ExpiryDate);
        Assert.Equal("1101**********002X42", CertificateNumbers.Mask(certificate.Number));
    }

    [Fact(DisplayName = "Every bad certificate field is reported at once with its code and field name")]
    public void Certificate_field_errors()
    {
        var command = Certificate(category: (DisabilityCategory)9, grade: 5) with
        {
            CardGeneration = 4, IssueDate = Today.AddDays(1), IssuingBody = " ", InPersonTrips = -1,
        };

        var error = CaseFileRules.IssueCertificate(Context(), command).Error!;

        Assert.Equal(DomainErrorCodes.ValidationFailed, error.Code);
        Assert.Contains(error.Errors, e => e is { Field: "category", Code: CaseFileErrorCodes.OutOfRange });
        Assert.Contains(error.Errors, e => e is { Field: "grade", Code: CaseFileErrorCodes.OutOfRange });
        Assert.Contains(error.Errors, e => e is { Field: "cardGeneration", Code: CaseFileErrorCodes.OutOfRange });
        Assert.Contains(error.Errors, e => e is { Field: "issueDate", Code: CaseFileErrorCodes.DateInFuture });
        Assert.Contains(error.Errors, e => e is { Field: "issuingBody", Code: DomainErrorCodes.Required });
        Assert.Contains(error.Errors, e => e is { Field: "inPersonTrips", Code: CaseFileErrorCodes.OutOfRange });
    }

    [Fact(DisplayName = "A multiple disability lists its components and takes the grade of the most severe one (Art. 13)")]
    public void Multiple_disability_components()
    {
        var missing = CaseFileRules.IssueCertificate(Context(), Certificate(DisabilityCategory.Multiple, 2)).Error!;
        var mismatch = CaseFileRules.IssueCertificate(Context(), Certificate(DisabilityCategory.Multiple, 3) with
        {
            Components = [new(DisabilityCategory.Visual, 2), new(DisabilityCategory.Hearing, 3)],
        }).Error!;
        var valid = CaseFileRules.IssueCertificate(Context(), Certificate(DisabilityCategory.Multiple, 2) with
        {
            Components = [new(DisabilityCategory.Visual, 2), new(DisabilityCategory.Hearing, 3)],
        });
        var stray = CaseFileRules.IssueCertificate(Context(), Certificate() with { Components = [new(DisabilityCategory.Visual, 2)] }).Error!;

        Assert.Equal(("components", DomainErrorCodes.Required), (missing.Field, missing.Code));
        Assert.Equal(("grade", CaseFileErrorCodes.CertificateGradeMismatch), (mismatch.Field, mismatch.Code));
        Assert.Equal("11010519491231002X72", valid.Next!.CurrentCertificate!.Number);
        Assert.Equal(("components", CaseFileErrorCodes.OutOfRange), (stray.Field, stray.Code));
    }

    [Fact(DisplayName = "An expiry date not after the issue date is DATE_ORDER")]
    public void Expiry_before_issue()
    {
        var error = CaseFileRules.IssueCertificate(Context(), Certificate() with { ExpiryDate = new DateOnly(2024, 2, 29) }).Error!;

        Assert.Equal(("expiryDate", CaseFileErrorCodes.DateOrder), (error.Field, error.Code));
    }

    [Fact(DisplayName = "Ending with no certificate is CERTIFICATE_NONE; reporting a lost card twice is CERTIFICATE_NOT_VALID")]
    public void End_certificate_rules()
    {
        var none = CaseFileRules.EndCertificate(Context(), new EndCertificate(Actor, null, CertificateEndReason.Death, null)).Error!;
        var lost = CaseFileRules.EndCertificate(Context(WithCertificate()), new EndCertificate(Actor, null, CertificateEndReason.Lost, null)).Next!;
        var twice = CaseFileRules.EndCertificate(Context(lost), new EndCertificate(Actor, null, CertificateEndReason.Lost, null)).Error!;

        Assert.Equal(CaseFileErrorCodes.CertificateNone, none.Code);
        Assert.Equal(CertificateStatus.LostReported, lost.CurrentCertificate!.Status);
        Assert.Equal(CaseFileErrorCodes.CertificateNotValid, twice.Code);
    }

    [Fact(DisplayName = "Care subsidy: grade outside the tier, no long-term need and a 特困 exclusion are all reported")]
    public void Care_subsidy_eligibility()
    {
        var file = WithCertificate(grade: 3);
        file = CaseFileRules.RecordEnrolment(Context(file), new RecordEnrolment(Actor, null, AssistanceSystem.SocialAssistance, "特困", null, "民政局")).Next!;

        var error = CaseFileRules.GrantBenefit(Context(file), new GrantBenefit(Actor, null, SubsidyKind.Care, "grade-2", Today, "民政局", false)).Error!;

        Assert.Equal(DomainErrorCodes.ValidationFailed, error.Code);
        Assert.Contains(error.Errors, e => e is { Field: "tier", Code: CaseFileErrorCodes.BenefitNotEligible });
        Assert.Contains(error.Errors, e => e is { Field: "longTermCareNeed", Code: CaseFileErrorCodes.BenefitNotEligible });
        Assert.Contains(error.Errors, e => e is { Field: "subsidy", Code: CaseFileErrorCodes.BenefitExcluded });
    }

    [Fact(DisplayName = "Tiers come from configuration: an unknown tier is refused, a configured one sets the amount")]
    public void Configured_tiers()
    {
        var options = new BenefitOptions { Tiers = [new() { Subsidy = SubsidyKind.Care, Code = "heavy", MonthlyAmount = 150m, MinGrade = 1, MaxGrade = 2 }] };
        var grant = new GrantBenefit(Actor, null, SubsidyKind.Care, "heavy", Today, "民政局", true);

        var granted = CaseFileRules.GrantBenefit(Context(WithCertificate(), options), grant).Next!;
        var unknown = CaseFileRules.GrantBenefit(Context(WithCertificate(), options), grant with { Tier = "grade-2" }).Error!;
        var duplicate = CaseFileRules.GrantBenefit(Context(granted, options), grant).Error!;

        Assert.Equal(150m, granted.Benefits[0].MonthlyAmount);
        Assert.Equal(("tier", CaseFileErrorCodes.BenefitTierUnknown), (unknown.Field, unknown.Code));
        Assert.Equal(CaseFileErrorCodes.BenefitDuplicate, duplicate.Code);
    }

    [Fact(DisplayName = "An expired certificate blocks the subsidies")]
    public void Expired_certificate_blocks_subsidies()
    {
        var expired = CaseFileRules.IssueCertificate(Context(), Certificate() with { IssueDate = new DateOnly(2016, 1, 1) }).Next!;

        var error = CaseFileRules.GrantBenefit(Context(expired), new GrantBenefit(Actor, null, SubsidyKind.Care, "grade-2", Today, "民政局", true)).Error!;

        Assert.Equal(("certificate", CaseFileErrorCodes.BenefitNotEligible), (error.Field, error.Code));
        Assert.Equal(CertificateStatus.Expired, expired.CurrentCertificate!.StatusOn(Today));
    }

    [Fact(DisplayName = "Benefit option validation names each bad setting")]
    public void Benefit_options_validation()
    {
        var options = new BenefitOptions
        {
            Tiers =
            [
                new() { Subsidy = SubsidyKind.Living, Code = "a", MonthlyAmount = 0m },
                new() { Subsidy = SubsidyKind.Living, Code = "a", MonthlyAmount = 10m, MinGrade = 3, MaxGrade = 2 },
            ],
        };

        var result = new BenefitOptions.Validator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Benefits:Tiers:0:MonthlyAmount", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Benefits:Tiers:1:MinGrade", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("more than once", StringComparison.Ordinal));
        Assert.True(new BenefitOptions.Validator().Validate(null, new BenefitOptions()).Succeeded);
    }

    [Fact(DisplayName = "Visit problems are validated by index; a due date before the visit is DATE_ORDER")]
    public void Visit_problem_fields()
    {
        var command = new RecordVisit(Actor, null, new DateOnly(2026, 2, 20), VisitKind.Revisit, VisitMode.Phone, null, VisitorTier.Town, null, null,
            [new ProblemInput(null, "x", null), new ProblemInput(ProblemCategory.Housing, " ", new DateOnly(2026, 2, 1))]);

        var error = CaseFileRules.RecordVisit(Context(), command, Actor).Error!;

        Assert.Contains(error.Errors, e => e is { Field: "outcome", Code: DomainErrorCodes.Required });
        Assert.Contains(error.Errors, e => e is { Field: "problems[0].category", Code: DomainErrorCodes.Required });
        Assert.Contains(error.Errors, e => e is { Field: "problems[1].description", Code: DomainErrorCodes.Required });
        Assert.Contains(error.Errors, e => e is { Field: "problems[1].dueOn", Code: CaseFileErrorCodes.DateOrder });
    }

    [Fact(DisplayName = "Resolving needs a non-open status, a resolution note and a date not before the problem was found")]
    public void Resolve_problem_fields()
    {
        var file = CaseFileRules.RecordProblem(Context(), new RecordProblem(Actor, null, new DateOnly(2026, 2, 20), new ProblemInput(ProblemCategory.Legal, "纠纷", null))).Next!;

        var error = CaseFileRules.ResolveProblem(Context(file), new ResolveProblem(Actor, null, "problem-1", ProblemStatus.Open, new DateOnly(2026, 2, 1), null), Actor).Error!;
        var missing = CaseFileRules.ResolveProblem(Context(file), new ResolveProblem(Actor, null, "problem-9", ProblemStatus.Resolved, null, "x"), Actor).Error!;

        Assert.Contains(error.Errors, e => e is { Field: "status", Code: CaseFileErrorCodes.OutOfRange });
        Assert.Contains(error.Errors, e => e is { Field: "resolvedOn", Code: CaseFileErrorCodes.DateOrder });
        Assert.Contains(error.Errors, e => e is { Field: "resolution", Code: DomainErrorCodes.Required });
        Assert.Equal(CaseFileErrorCodes.ProblemNotFound, missing.Code);
    }

    [Fact(DisplayName = "三定 needs 定人 and at least one matter with its 定要求; a matter deadline in the past is DATE_ORDER")]
    public void Assistance_fields()
    {
        var none = CaseFileRules.OpenAssistance(Context(), new OpenAssistance(Actor, null, "t", null, Actor, [], null)).Error!;
        var past = CaseFileRules.OpenAssistance(Context(), new OpenAssistance(Actor, null, "t", "m", Actor,
            [new MatterInput(AssistanceSystem.SocialWelfare, "托养", "申请", null, null, new DateOnly(2026, 2, 1), null)], null)).Error!;

        Assert.Contains(none.Errors, e => e is { Field: "responsibleMember", Code: DomainErrorCodes.Required });
        Assert.Contains(none.Errors, e => e is { Field: "matters", Code: DomainErrorCodes.Required });
        Assert.Contains(past.Errors, e => e is { Field: "matters[0].expectedResult", Code: DomainErrorCodes.Required });
        Assert.Contains(past.Errors, e => e is { Field: "matters[0].dueOn", Code: CaseFileErrorCodes.DateOrder });
    }

    [Fact(DisplayName = "A matter cannot skip from planned to enrolled")]
    public void Matter_transitions()
    {
        var file = CaseFileRules.OpenAssistance(Context(), new OpenAssistance(Actor, null, "t", "m", Actor,
            [new MatterInput(AssistanceSystem.SocialSecurity, "养老保险缴费减免", "列入名单", null, "列入", Today.AddDays(30), null)], null)).Next!;

        var error = CaseFileRules.UpdateMatter(Context(file), new UpdateMatter(Actor, null, "assistance-1", "matter-1", MatterStatus.Enrolled, null, null)).Error!;

        Assert.Equal(CaseFileErrorCodes.MatterTransition, error.Code);
    }

    [Fact(DisplayName = "A person already enrolled in a programme cannot be enrolled again until it ends")]
    public void Enrolment_duplicate()
    {
        var file = CaseFileRules.RecordEnrolment(Context(), new RecordEnrolment(Actor, null, AssistanceSystem.SocialAssistance, "低保", null, "民政局")).Next!;

        var error = CaseFileRules.RecordEnrolment(Context(file), new RecordEnrolment(Actor, null, AssistanceSystem.SocialAssistance, "低保", null, "民政局")).Error!;

        Assert.Equal(("programme", CaseFileErrorCodes.EnrolmentDuplicate), (error.Field, error.Code));
    }
}
