using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Tests.Infrastructure;

namespace CaseFlow.Grains.Tests.CaseFiles;

/// <summary>Every case-file method of <see cref="IPersonGrain"/> through a real cluster (clock: 2026-03-01 in China).</summary>
[Collection(ClusterCollection.Name)]
public sealed class CaseFileGrainTests(ClusterFixture fixture)
{
    private const string Actor = "caseworker-1";
    private static readonly DateOnly Today = new(2026, 3, 1);

    private async Task<(IPersonGrain Grain, string IdNumber)> RegisteredAsync()
    {
        var idNumber = People.NewIdNumber();
        var grain = fixture.Grains.GetGrain<IPersonGrain>(People.NewPersonId());
        Assert.Null((await grain.RegisterAsync(People.Registration(idNumber))).Error);
        return (grain, idNumber);
    }

    private static IssueCertificate Certificate(int? version, DisabilityCategory category = DisabilityCategory.Physical, int grade = 2) =>
        new(Actor, version, category, grade, [], 3, true, new DateOnly(2026, 2, 10), null, "汉阴县残联", CertificateReason.New, false, 1, null);

    [Fact(DisplayName = "IssueCertificate computes ID + category + grade, masks it, sets a 10-year expiry and writes history")]
    public async Task Issue_certificate()
    {
        var (grain, idNumber) = await RegisteredAsync();

        var result = await grain.IssueCertificateAsync(Certificate(1));

        var file = Assert.IsType<CaseFileView>(result.CaseFile);
        var certificate = Assert.IsType<CertificateView>(file.Certificate);
        Assert.Equal(idNumber[..4] + "**********" + idNumber[^4..] + "42", certificate.NumberMasked);
        Assert.Equal(new DateOnly(2036, 2, 10), certificate.ExpiryDate);
        Assert.Equal(CertificateStatus.Valid, certificate.Status);
        Assert.Equal(2, file.Version);
        var history = (await grain.GetHistoryAsync()).Events;
        var issued = history[^1];
        Assert.Equal(CaseFileEventKinds.CertificateIssued, issued.Kind);
        Assert.Equal(Actor, issued.Actor);
        Assert.Contains(issued.Changes, c => c.Field == "certificate.number" && c.After == certificate.NumberMasked);
        Assert.DoesNotContain(history.SelectMany(e => e.Changes), c => (c.After ?? string.Empty).Contains(idNumber, StringComparison.Ordinal));
    }

    [Fact(DisplayName = "A re-assessment supersedes the old number; EndCertificate cancels; a new application within a year is barred")]
    public async Task Reassess_cancel_and_bar()
    {
        var (grain, _) = await RegisteredAsync();
        await grain.IssueCertificateAsync(Certificate(null));

        var reassessed = await grain.IssueCertificateAsync(Certificate(null, DisabilityCategory.Physical, 1) with { Reason = CertificateReason.Reassessment });
        var cancelled = await grain.EndCertificateAsync(new EndCertificate(Actor, null, CertificateEndReason.Recovery, new DateOnly(2026, 2, 20)));
        var barred = await grain.IssueCertificateAsync(Certificate(null));

        Assert.Equal([CertificateStatus.Superseded, CertificateStatus.Valid], reassessed.CaseFile!.CertificateHistory.Select(c => c.Status));
        Assert.Equal(CertificateStatus.Cancelled, cancelled.CaseFile!.Certificate!.Status);
        Assert.Equal(CaseFileErrorCodes.CertificateReapplyBarred, barred.Error?.Code);
    }

    [Fact(DisplayName = "Stale versions are refused; an unknown person answers PERSON_NOT_FOUND; GetCaseFile reads the file")]
    public async Task Version_and_not_found()
    {
        var (grain, _) = await RegisteredAsync();
        var unknown = fixture.Grains.GetGrain<IPersonGrain>(People.NewPersonId());

        var stale = await grain.IssueCertificateAsync(Certificate(7));
        var read = await grain.GetCaseFileAsync();

        Assert.Equal(DomainErrorCodes.VersionMismatch, stale.Error?.Code);
        Assert.Equal(1, read.CaseFile?.Version);
        Assert.Null(read.CaseFile?.Certificate);
        Assert.Equal(DomainErrorCodes.PersonNotFound, (await unknown.GetCaseFileAsync()).Error?.Code);
        Assert.Equal(DomainErrorCodes.PersonNotFound, (await unknown.RecordVisitAsync(Visit(null))).Error?.Code);
    }

    [Fact(DisplayName = "GrantBenefit: living subsidy needs 低保; amounts come from configuration; EndBenefit ends it")]
    public async Task Grant_and_end_benefit()
    {
        var (grain, _) = await RegisteredAsync();
        await grain.IssueCertificateAsync(Certificate(null));
        var grant = new GrantBenefit(Actor, null, SubsidyKind.Living, "standard", new DateOnly(2026, 3, 15), "汉阴县民政局", false);

        var refused = await grain.GrantBenefitAsync(grant);
        await grain.RecordEnrolmentAsync(new RecordEnrolment(Actor, null, AssistanceSystem.SocialAssistance, "低保", new DateOnly(2026, 1, 1), "民政局"));
        var granted = await grain.GrantBenefitAsync(grant);
        var ended = await grain.EndBenefitAsync(new EndBenefit(Actor, null, "benefit-1", new DateOnly(2026, 6, 1), "moved away"));

        Assert.Equal(CaseFileErrorCodes.BenefitNotEligible, refused.Error?.Code);
        Assert.Equal("tier", refused.Error?.Field);
        var entitlement = Assert.Single(granted.CaseFile!.Benefits);
        Assert.Equal((100m, new DateOnly(2026, 3, 1)), (entitlement.MonthlyAmount, entitlement.StartMonth));
        Assert.Equal(new DateOnly(2026, 6, 1), ended.CaseFile!.Benefits[0].EndMonth);
    }

    [Fact(DisplayName = "RecordInsuranceReduction records one entry per scheme and year")]
    public async Task Insurance_reduction()
    {
        var (grain, _) = await RegisteredAsync();
        var command = new RecordInsuranceReduction(Actor, null, InsuranceScheme.Pension, 2026, ReductionShare.Full, 200m, "汉阴县人社局", null);

        var first = await grain.RecordInsuranceReductionAsync(command);
        var second = await grain.RecordInsuranceReductionAsync(command);

        Assert.Equal(Today, Assert.Single(first.CaseFile!.InsuranceReductions).ListedOn);
        Assert.Equal(CaseFileErrorCodes.InsuranceDuplicate, second.Error?.Code);
    }

    [Fact(DisplayName = "RecordService and AdvanceService walk requested → approved → delivered; a skip is refused")]
    public async Task Services()
    {
        var (grain, _) = await RegisteredAsync();

        var recorded = await grain.RecordServiceAsync(new RecordService(Actor, null, ServiceKind.HearingAid, 2, "康复中心", null, null, null));
        var skip = await grain.AdvanceServiceAsync(new AdvanceService(Actor, null, "service-1", ServiceStatus.Delivered, null, null));
        await grain.AdvanceServiceAsync(new AdvanceService(Actor, null, "service-1", ServiceStatus.Approved, null, null));
        var delivered = await grain.AdvanceServiceAsync(new AdvanceService(Actor, null, "service-1", ServiceStatus.Delivered, null, "fitted"));

        Assert.Equal(ServiceUnits.Device, recorded.CaseFile!.Services[0].Unit);
        Assert.Equal(CaseFileErrorCodes.ServiceTransition, skip.Error?.Code);
        Assert.Equal(ServiceStatus.Delivered, delivered.CaseFile!.Services[0].Status);
    }

    private static RecordVisit Visit(int? version) => new(
        Actor, version, null, VisitKind.Sweep, VisitMode.Home, VisitOutcome.Reached, VisitorTier.Village, "2026 遍访", null,
        [new ProblemInput(ProblemCategory.Device, "轮椅损坏", new DateOnly(2026, 3, 31))]);

    [Fact(DisplayName = "RecordVisit creates its problems; RecordProblem adds one; ResolveProblem closes one and the open count drops")]
    public async Task Visits_and_problems()
    {
        var (grain, _) = await RegisteredAsync();

        var visited = await grain.RecordVisitAsync(Visit(1));
        var raised = await grain.RecordProblemAsync(new RecordProblem(Actor, null, null, new ProblemInput(ProblemCategory.Subsidy, "补贴未到账", null)));
        var resolved = await grain.ResolveProblemAsync(new ResolveProblem(Actor, null, "problem-1", ProblemStatus.Resolved, null, "已更换轮椅"));
        var again = await grain.ResolveProblemAsync(new ResolveProblem(Actor, null, "problem-1", ProblemStatus.Resolved, null, "again"));

        var visit = Assert.Single(visited.CaseFile!.Visits);
        Assert.Equal(["problem-1"], visit.ProblemIds.AsEnumerable());
        Assert.Equal(Actor, visit.Visitor);
        Assert.Equal(2, raised.CaseFile!.OpenProblems);
        Assert.Equal(1, resolved.CaseFile!.OpenProblems);
        Assert.Equal((ProblemStatus.Resolved, Today, Actor), (resolved.CaseFile.Problems[0].Status, resolved.CaseFile.Problems[0].ResolvedOn, resolved.CaseFile.Problems[0].ResolvedBy));
        Assert.Equal(CaseFileErrorCodes.ProblemClosed, again.Error?.Code);
    }

    [Fact(DisplayName = "三定: open, move a matter to Enrolled (which records the enrolment), close; a second open assignment is refused")]
    public async Task Assistance_cycle()
    {
        var (grain, _) = await RegisteredAsync();
        var open = new OpenAssistance(Actor, null, "visit problem-1", "村残协委员 李四", Actor,
            [new MatterInput(AssistanceSystem.SocialAssistance, "临时救助", "提交申请", "民政局", "救助到位", new DateOnly(2026, 3, 16), null)], null);

        var opened = await grain.OpenAssistanceAsync(open);
        var second = await grain.OpenAssistanceAsync(open);
        var closeEarly = await grain.CloseAssistanceAsync(new CloseAssistance(Actor, null, "assistance-1", "done", null));
        foreach (var status in (MatterStatus[])[MatterStatus.Referred, MatterStatus.Decided, MatterStatus.Enrolled])
        {
            Assert.Null((await grain.UpdateMatterAsync(new UpdateMatter(Actor, null, "assistance-1", "matter-1", status, null, "MZ-1"))).Error);
        }

        var closed = await grain.CloseAssistanceAsync(new CloseAssistance(Actor, null, "assistance-1", "all delivered", null));
        var ended = await grain.EndEnrolmentAsync(new EndEnrolment(Actor, null, "enrolment-1", null));

        Assert.Equal("matter-1", Assert.Single(opened.CaseFile!.Assistance[0].Matters).Id);
        Assert.Equal(CaseFileErrorCodes.AssistanceOpenExists, second.Error?.Code);
        Assert.Equal(CaseFileErrorCodes.AssistanceMattersOpen, closeEarly.Error?.Code);
        Assert.False(closed.CaseFile!.Assistance[0].IsOpen);
        var enrolment = Assert.Single(ended.CaseFile!.Enrolments);
        Assert.Equal(("临时救助", "assistance-1/matter-1", (DateOnly?)Today), (enrolment.Programme, enrolment.Source, enrolment.EndedOn));
    }

    [Fact(DisplayName = "SetMonitoring moves clue → determined → eliminated and refuses going back")]
    public async Task Monitoring()
    {
        var (grain, _) = await RegisteredAsync();

        await grain.SetMonitoringAsync(new SetMonitoring(Actor, null, MonitoringCategory.SuddenHardship, MonitoringStatus.Clue, new DateOnly(2026, 2, 1), "visit"));
        var determined = await grain.SetMonitoringAsync(new SetMonitoring(Actor, null, MonitoringCategory.SuddenHardship, MonitoringStatus.Determined, null, "乡村振兴局"));
        var back = await grain.SetMonitoringAsync(new SetMonitoring(Actor, null, MonitoringCategory.SuddenHardship, MonitoringStatus.Clue, null, "visit"));

        Assert.Equal((MonitoringStatus.Determined, new DateOnly(2026, 2, 1)), (determined.CaseFile!.Monitoring!.Status, determined.CaseFile.Monitoring.Since));
        Assert.Equal(CaseFileErrorCodes.MonitoringTransition, back.Error?.Code);
    }

    [Fact(DisplayName = "LinkPetition and LinkProcess add links once; an unchanged link writes no history")]
    public async Task Links()
    {
        var (grain, _) = await RegisteredAsync();

        await grain.LinkPetitionAsync(new LinkPetition("petition-officer", null, "Q1", PetitionRole.Subject, "Registered", null));
        var same = await grain.LinkPetitionAsync(new LinkPetition("petition-officer", null, "Q1", PetitionRole.Subject, "Registered", null));
        var updated = await grain.LinkPetitionAsync(new LinkPetition("petition-officer", null, "Q1", PetitionRole.Subject, "Closed", "Support"));
        await grain.LinkProcessAsync(new LinkProcess(Actor, null, "I1", "home-visit"));
        var twice = await grain.LinkProcessAsync(new LinkProcess(Actor, null, "I1", "home-visit"));

        Assert.Equal(2, same.CaseFile!.Version);
        Assert.Equal(("Closed", "Support"), (updated.CaseFile!.Petitions[0].Status, updated.CaseFile.Petitions[0].Outcome));
        Assert.Equal(4, twice.CaseFile!.Version);
        Assert.Single(twice.CaseFile.Processes);
    }

    [Fact(DisplayName = "A profile update keeps the case file")]
    public async Task Profile_update_keeps_the_case_file()
    {
        var (grain, _) = await RegisteredAsync();
        await grain.IssueCertificateAsync(Certificate(null));

        await grain.UpdateProfileAsync(People.Patch(2) with { Name = "张三丰" });

        Assert.NotNull((await grain.GetCaseFileAsync()).CaseFile!.Certificate);
    }

    [Fact(DisplayName = "A new ID number renumbers the current certificate so it keeps embedding the holder's ID")]
    public async Task New_id_number_renumbers_the_certificate()
    {
        var (grain, oldId) = await RegisteredAsync();
        await grain.IssueCertificateAsync(Certificate(null));
        var newId = People.NewIdNumber();

        var updated = await grain.UpdateProfileAsync(People.Patch(2) with { IdNumber = newId });

        Assert.Null(updated.Error);
        var certificate = (await grain.GetCaseFileAsync()).CaseFile!.Certificate!;
        Assert.Equal(newId[..4] + "**********" + newId[^4..] + "42", certificate.NumberMasked);
        var change = Assert.Single((await grain.GetHistoryAsync()).Events[^1].Changes, c => c.Field == "certificate.number");
        Assert.Equal(oldId[..4] + "**********" + oldId[^4..] + "42", change.Before);
    }
}
