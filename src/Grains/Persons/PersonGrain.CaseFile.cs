using CaseFlow.Grains.CaseFiles;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.Persons;

/// <summary>The case-file commands of <see cref="PersonGrain"/>: each one rule, one state write, one history entry.</summary>
internal sealed partial class PersonGrain
{
    Task<CaseFileResult> IPersonGrain.GetCaseFileAsync() =>
        Task.FromResult(IsRegistered ? CaseFileResult.Ok(ToCaseFileView()) : CaseFileResult.Fail(NotFound()));

    Task<CaseFileResult> IPersonGrain.IssueCertificateAsync(IssueCertificate command) => ChangeAsync(command, CaseFileRules.IssueCertificate);

    Task<CaseFileResult> IPersonGrain.EndCertificateAsync(EndCertificate command) => ChangeAsync(command, CaseFileRules.EndCertificate);

    Task<CaseFileResult> IPersonGrain.GrantBenefitAsync(GrantBenefit command) => ChangeAsync(command, CaseFileRules.GrantBenefit);

    Task<CaseFileResult> IPersonGrain.EndBenefitAsync(EndBenefit command) => ChangeAsync(command, CaseFileRules.EndBenefit);

    Task<CaseFileResult> IPersonGrain.RecordInsuranceReductionAsync(RecordInsuranceReduction command) =>
        ChangeAsync(command, CaseFileRules.RecordInsuranceReduction);

    Task<CaseFileResult> IPersonGrain.RecordServiceAsync(RecordService command) => ChangeAsync(command, CaseFileRules.RecordService);

    Task<CaseFileResult> IPersonGrain.AdvanceServiceAsync(AdvanceService command) => ChangeAsync(command, CaseFileRules.AdvanceService);

    Task<CaseFileResult> IPersonGrain.RecordVisitAsync(RecordVisit command) =>
        ChangeAsync(command, (context, c) => CaseFileRules.RecordVisit(context, c, c.Actor));

    Task<CaseFileResult> IPersonGrain.RecordProblemAsync(RecordProblem command) => ChangeAsync(command, CaseFileRules.RecordProblem);

    Task<CaseFileResult> IPersonGrain.ResolveProblemAsync(ResolveProblem command) =>
        ChangeAsync(command, (context, c) => CaseFileRules.ResolveProblem(context, c, c.Actor));

    Task<CaseFileResult> IPersonGrain.OpenAssistanceAsync(OpenAssistance command) => ChangeAsync(command, CaseFileRules.OpenAssistance);

    Task<CaseFileResult> IPersonGrain.UpdateMatterAsync(UpdateMatter command) => ChangeAsync(command, CaseFileRules.UpdateMatter);

    Task<CaseFileResult> IPersonGrain.CloseAssistanceAsync(CloseAssistance command) => ChangeAsync(command, CaseFileRules.CloseAssistance);

    Task<CaseFileResult> IPersonGrain.RecordEnrolmentAsync(RecordEnrolment command) => ChangeAsync(command, CaseFileRules.RecordEnrolment);

    Task<CaseFileResult> IPersonGrain.EndEnrolmentAsync(EndEnrolment command) => ChangeAsync(command, CaseFileRules.EndEnrolment);

    Task<CaseFileResult> IPersonGrain.SetMonitoringAsync(SetMonitoring command) => ChangeAsync(command, CaseFileRules.SetMonitoring);

    Task<CaseFileResult> IPersonGrain.LinkPetitionAsync(LinkPetition command) => ChangeAsync(command, CaseFileRules.LinkPetition);

    Task<CaseFileResult> IPersonGrain.LinkProcessAsync(LinkProcess command) => ChangeAsync(command, CaseFileRules.LinkProcess);

    /// <summary>Checks existence and version, lets the rule decide, then stores the file and its history entry in one write.</summary>
    private async Task<CaseFileResult> ChangeAsync<TCommand>(TCommand command, Func<CaseFileContext, TCommand, CaseFileDecision> rule)
        where TCommand : class, ICaseFileCommand
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = state.State;
        if (current.Profile is not { } profile)
        {
            return CaseFileResult.Fail(NotFound());
        }

        if (command.IdempotencyKey is { } applied && current.AppliedKeys.Contains(applied, StringComparer.Ordinal))
        {
            return CaseFileResult.Ok(ToCaseFileView());
        }

        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return CaseFileResult.Fail(DomainError.Simple(DomainErrorCodes.VersionMismatch, "The person was changed since you read it; read it again and retry."));
        }

        var now = time.GetUtcNow();
        var context = new CaseFileContext(profile, current.CaseFile ?? PersonCaseFile.Empty, RegisterDates.Today(time), now, benefits.Value);
        var decision = rule(context, command);
        if (decision.Error is { } error)
        {
            CaseFilesLog.CommandRefused(logger, PersonId, typeof(TCommand).Name, error.Code);
            return CaseFileResult.Fail(error);
        }

        if (decision.Changes.IsEmpty || decision.Next is null)
        {
            return CaseFileResult.Ok(ToCaseFileView());
        }

        var next = new PersonState
        {
            Profile = profile,
            Version = current.Version + 1,
            RegisteredAt = current.RegisteredAt,
            UpdatedAt = now,
            History = [.. current.History, new CaseEvent(current.History.Count + 1, now, command.Actor, decision.Kind, decision.Changes)],
            CaseFile = decision.Next,
            AppliedKeys = command.IdempotencyKey is { } key
                ? [.. current.AppliedKeys.TakeLast(PersonState.KeptIdempotencyKeys - 1), key]
                : current.AppliedKeys,
        };
        await WriteAsync(next).ConfigureAwait(true);
        CaseFilesLog.CaseFileChanged(logger, PersonId, decision.Kind, next.Version, command.Actor);
        return CaseFileResult.Ok(ToCaseFileView());
    }

    private CaseFileView ToCaseFileView() =>
        (state.State.CaseFile ?? PersonCaseFile.Empty).ToView(PersonId, state.State.Version, RegisterDates.Today(time));
}
