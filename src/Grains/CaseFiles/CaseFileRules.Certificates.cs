using System.Collections.Immutable;
using System.Globalization;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>The certificate section (DOMAIN.md §3.3): issue, supersede, cancel, report lost.</summary>
public static partial class CaseFileRules
{
    private const int MaxTrips = 20;

    public static CaseFileDecision IssueCertificate(CaseFileContext context, IssueCertificate command)
    {
        var checks = new CaseFileChecks(context.Today);
        var category = checks.RequiredEnum(command.Category, "category");
        var grade = checks.Range(command.Grade, "grade", 1, 4);
        var generation = checks.Range(command.CardGeneration ?? 3, "cardGeneration", 2, 3);
        var issueDate = checks.PastDate(command.IssueDate, "issueDate");
        checks.NotBefore(command.ExpiryDate, issueDate?.AddDays(1), "expiryDate", "The expiry date must be after the issue date.");
        var issuingBody = checks.Text(command.IssuingBody, "issuingBody", required: true);
        var reason = checks.RequiredEnum<CertificateReason>(command.Reason ?? CertificateReason.New, "reason");
        var trips = checks.Range(command.InPersonTrips ?? 0, "inPersonTrips", 0, MaxTrips);
        var instance = checks.Text(command.ProcessInstanceId, "processInstanceId", required: false);
        var components = CheckComponents(checks, category, grade, command.Components.IsDefault ? [] : command.Components);
        if (checks.Failed || category is null || grade is null || issueDate is null || issuingBody is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        // Art. 24: no new application within one year of a cancellation.
        if (reason == CertificateReason.New
            && context.File.Certificates.Any(c => c is { Status: CertificateStatus.Cancelled, EndedOn: { } ended } && ended.AddYears(1) > issueDate))
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.CertificateReapplyBarred,
                "A new certificate cannot be issued within one year of a cancellation.", "issueDate"));
        }

        var previous = context.File.CurrentCertificate;
        var issued = new CertificateRecord(
            CertificateNumbers.Compose(context.Profile.IdNumber, category.Value, grade.Value), category.Value, grade.Value, components,
            generation!.Value, command.ECertificateLinked, issueDate.Value, command.ExpiryDate ?? CertificateNumbers.DefaultExpiry(issueDate.Value),
            issuingBody, CertificateStatus.Valid, reason!.Value, null, null, command.CrossProvince, trips!.Value, instance);

        // A new number (re-assessment, renewal, replacement) supersedes whatever the person held before.
        var certificates = context.File.Certificates
            .Select(c => c.Status is CertificateStatus.Valid or CertificateStatus.LostReported ? c with { Status = CertificateStatus.Superseded } : c)
            .Append(issued)
            .ToImmutableArray();
        return CaseFileDecision.Change(
            context.File with { Certificates = certificates },
            CaseFileEventKinds.CertificateIssued,
            new FieldChange("certificate.number", previous is null ? null : CertificateNumbers.Mask(previous.Number), CertificateNumbers.Mask(issued.Number)),
            new FieldChange("certificate.category", previous?.Category.ToString(), issued.Category.ToString()),
            new FieldChange("certificate.grade", Text(previous?.Grade), Text(issued.Grade)),
            new FieldChange("certificate.cardGeneration", Text(previous?.CardGeneration), Text(issued.CardGeneration)),
            new FieldChange("certificate.issueDate", Text(previous?.IssueDate), Text(issued.IssueDate)),
            new FieldChange("certificate.expiryDate", Text(previous?.ExpiryDate), Text(issued.ExpiryDate)),
            new FieldChange("certificate.reason", null, issued.Reason.ToString()));
    }

    public static CaseFileDecision EndCertificate(CaseFileContext context, EndCertificate command)
    {
        var checks = new CaseFileChecks(context.Today);
        var reason = checks.RequiredEnum(command.Reason, "reason");
        var endedOn = checks.PastDate(command.EndedOn, "endedOn");
        if (checks.Failed || reason is null || endedOn is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        if (context.File.CurrentCertificate is not { } current)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.CertificateNone, "The person holds no certificate."));
        }

        var lost = reason == CertificateEndReason.Lost;
        if (current.Status == CertificateStatus.Cancelled || (lost && current.Status == CertificateStatus.LostReported))
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.CertificateNotValid,
                "The current certificate is already cancelled or reported lost.", "reason"));
        }

        var status = lost ? CertificateStatus.LostReported : CertificateStatus.Cancelled;
        var ended = current with { Status = status, EndReason = reason, EndedOn = endedOn };
        var index = context.File.Certificates.LastIndexOf(current);
        return CaseFileDecision.Change(
            context.File with { Certificates = context.File.Certificates.SetItem(index, ended) },
            lost ? CaseFileEventKinds.CertificateLostReported : CaseFileEventKinds.CertificateCancelled,
            new FieldChange("certificate.status", current.Status.ToString(), status.ToString()),
            new FieldChange("certificate.endReason", null, reason.Value.ToString()));
    }

    private static ImmutableArray<CertificateComponent> CheckComponents(
        CaseFileChecks checks, DisabilityCategory? category, int? grade, ImmutableArray<CertificateComponent> components)
    {
        if (category != DisabilityCategory.Multiple)
        {
            if (components.Length > 0)
            {
                checks.Add("components", CaseFileErrorCodes.OutOfRange, "Components apply only to category 7 (multiple).");
            }

            return [];
        }

        if (components.Length < 2)
        {
            checks.Add("components", DomainErrorCodes.Required, "A multiple disability lists at least two components.");
            return [];
        }

        var valid = true;
        for (var i = 0; i < components.Length; i++)
        {
            var at = $"components[{i}]";
            if (checks.RequiredEnum(components[i].Category, at + ".category") is not { } c || c == DisabilityCategory.Multiple)
            {
                valid = false;
                if (components[i].Category == DisabilityCategory.Multiple)
                {
                    checks.Add(at + ".category", CaseFileErrorCodes.OutOfRange, "A component is one of categories 1 to 6.");
                }
            }

            valid &= checks.Range(components[i].Grade, at + ".grade", 1, 4) is not null;
        }

        // Art. 13: the grade of a multiple disability is that of its most severe component (the lowest number).
        if (valid && grade is { } g && components.Min(c => c.Grade) != g)
        {
            checks.Add("grade", CaseFileErrorCodes.CertificateGradeMismatch, "The grade must be that of the most severe component.");
        }

        return components;
    }

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
