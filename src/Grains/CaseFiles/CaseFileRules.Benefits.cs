using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>The two subsidies (DOMAIN.md §3.4) and insurance contribution reductions (§3.5).</summary>
public static partial class CaseFileRules
{
    private const int FirstReductionYear = 2000;

    public static CaseFileDecision GrantBenefit(CaseFileContext context, GrantBenefit command)
    {
        var checks = new CaseFileChecks(context.Today);
        var subsidy = checks.RequiredEnum(command.Subsidy, "subsidy");
        var tierCode = checks.Text(command.Tier, "tier", required: true);
        var start = checks.Required(command.StartMonth, "startMonth");
        var body = checks.Text(command.ApprovingBody, "approvingBody", required: true);
        if (checks.Failed || subsidy is null || tierCode is null || start is null || body is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        var tier = context.Benefits.EffectiveTiers.FirstOrDefault(t => t.Subsidy == subsidy && string.Equals(t.Code, tierCode, StringComparison.Ordinal));
        if (tier is null)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.BenefitTierUnknown, "No such tier is configured for this subsidy.", "tier"));
        }

        // Every eligibility rule is checked, so the caseworker sees all the reasons at once.
        var certificate = context.File.CurrentCertificate;
        if (certificate?.StatusOn(context.Today) != CertificateStatus.Valid)
        {
            checks.Add("certificate", CaseFileErrorCodes.BenefitNotEligible, "A valid (not expired) certificate is required.");
        }
        else if (certificate.Grade < tier.MinGrade || certificate.Grade > tier.MaxGrade)
        {
            checks.Add("tier", CaseFileErrorCodes.BenefitNotEligible, "The certificate grade is outside this tier.");
        }

        if (tier.RequiresProgramme is { } programme && !context.File.HasActiveEnrolment(programme))
        {
            checks.Add("tier", CaseFileErrorCodes.BenefitNotEligible, "This tier requires an active enrolment in " + programme + ".");
        }

        if (subsidy == SubsidyKind.Care && context.Benefits.CareRequiresLongTermNeed && !command.LongTermCareNeed)
        {
            checks.Add("longTermCareNeed", CaseFileErrorCodes.BenefitNotEligible, "The care subsidy requires an assessed long-term care need.");
        }

        if (context.Benefits.EffectiveExclusions.FirstOrDefault(context.File.HasActiveEnrolment) is { } excluding)
        {
            checks.Add("subsidy", CaseFileErrorCodes.BenefitExcluded, "An active enrolment in " + excluding + " excludes the two subsidies.");
        }

        if (context.File.Benefits.Any(b => b.IsActive && b.Subsidy == subsidy))
        {
            checks.Add("subsidy", CaseFileErrorCodes.BenefitDuplicate, "The person already has an active entitlement to this subsidy.");
        }

        if (checks.Failed)
        {
            return CaseFileDecision.Refuse(checks);
        }

        var entitlement = new BenefitEntitlement(
            "benefit-" + (context.File.Benefits.Length + 1), subsidy.Value, tier.Code, tier.MonthlyAmount, FirstOfMonth(start.Value), null, null, body);
        return CaseFileDecision.Change(
            context.File with { Benefits = context.File.Benefits.Add(entitlement) },
            CaseFileEventKinds.BenefitGranted,
            new FieldChange("benefit.id", null, entitlement.Id),
            new FieldChange("benefit.subsidy", null, entitlement.Subsidy.ToString()),
            new FieldChange("benefit.tier", null, entitlement.Tier),
            new FieldChange("benefit.monthlyAmount", null, Text(entitlement.MonthlyAmount)),
            new FieldChange("benefit.startMonth", null, Text(entitlement.StartMonth)));
    }

    public static CaseFileDecision EndBenefit(CaseFileContext context, EndBenefit command)
    {
        var index = context.File.Benefits.ToList().FindIndex(b => string.Equals(b.Id, command.EntitlementId, StringComparison.Ordinal));
        if (index < 0)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.BenefitNotFound, "The person has no entitlement with this id."));
        }

        var entitlement = context.File.Benefits[index];
        if (!entitlement.IsActive)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.BenefitEnded, "The entitlement has already ended."));
        }

        var checks = new CaseFileChecks(context.Today);
        var end = checks.Required(command.EndMonth, "endMonth");
        var reason = checks.Text(command.Reason, "reason", required: true);
        checks.NotBefore(end is { } e ? FirstOfMonth(e) : null, entitlement.StartMonth, "endMonth", "The end month must not be before the start month.");
        if (checks.Failed || end is null || reason is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        var ended = entitlement with { EndMonth = FirstOfMonth(end.Value), EndReason = reason };
        return CaseFileDecision.Change(
            context.File with { Benefits = context.File.Benefits.SetItem(index, ended) },
            CaseFileEventKinds.BenefitEnded,
            new FieldChange("benefit.id", entitlement.Id, entitlement.Id),
            new FieldChange("benefit.endMonth", null, Text(ended.EndMonth)),
            new FieldChange("benefit.endReason", null, reason));
    }

    public static CaseFileDecision RecordInsuranceReduction(CaseFileContext context, RecordInsuranceReduction command)
    {
        var checks = new CaseFileChecks(context.Today);
        var scheme = checks.RequiredEnum(command.Scheme, "scheme");
        var year = checks.Range(command.Year, "year", FirstReductionYear, context.Today.Year + 1);
        var share = checks.RequiredEnum(command.Share, "share");
        var amount = checks.NonNegative(command.Amount, "amount");
        var body = checks.Text(command.PayingBody, "payingBody", required: true);
        var listedOn = checks.PastDate(command.ListedOn, "listedOn");
        if (checks.Failed || scheme is null || year is null || share is null || amount is null || body is null || listedOn is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        if (context.File.InsuranceReductions.Any(r => r.Scheme == scheme && r.Year == year))
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.InsuranceDuplicate,
                "The person is already on this scheme's reduction list for this year.", "year"));
        }

        var reduction = new InsuranceReduction(scheme.Value, year.Value, share.Value, amount.Value, body, listedOn.Value);
        return CaseFileDecision.Change(
            context.File with { InsuranceReductions = context.File.InsuranceReductions.Add(reduction) },
            CaseFileEventKinds.InsuranceReductionRecorded,
            new FieldChange("insurance.scheme", null, reduction.Scheme.ToString()),
            new FieldChange("insurance.year", null, Text(reduction.Year)),
            new FieldChange("insurance.share", null, reduction.Share.ToString()),
            new FieldChange("insurance.amount", null, Text(reduction.Amount)));
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
