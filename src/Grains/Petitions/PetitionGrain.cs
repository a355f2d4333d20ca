using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Persons;
using CaseFlow.Grains.Storage;
using CaseFlow.Workflows.Calendar;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.Petitions;

/// <summary>One petition (信访事项): registration, acceptance, handling, extension, review rounds, rating, closure.</summary>
/// <remarks>
/// Every command is one rule (<see cref="PetitionRules"/>), one state write with its timeline entry, then a best-effort
/// update of the petition link on the linked persons' files. Clocks are dates computed under the business calendar
/// when a command starts or moves them; their colour is derived on every read, so nothing needs a timer to turn red.
/// </remarks>
[GrainType("petition")]
internal sealed partial class PetitionGrain(
    [PersistentState(PetitionState.StateName, StorageNames.Default)] IPersistentState<PetitionState> state,
    WorkCalendar calendar,
    PetitionerKeys petitionerKeys,
    TimeProvider time,
    ILogger<PetitionGrain> logger) : Grain, IPetitionGrain
{
    private readonly PetitionClocks _clocks = new(calendar);

    private string PetitionId => this.GetPrimaryKeyString();

    async Task<PetitionResult> IPetitionGrain.RegisterAsync(RegisterPetition command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (state.State.File is not null)
        {
            return AlreadyApplied(command) ?? PetitionResult.Fail(DomainError.Simple(PetitionErrorCodes.PetitionExists, "A petition with this id is already registered."));
        }

        var decision = Decide(() => PetitionRules.Register(command, Today(), _clocks));
        if (decision.Error is { } error)
        {
            return PetitionResult.Fail(error);
        }

        var errors = new List<FieldError>();
        var petitioner = await FindPersonAsync(command.PetitionerPersonId, "petitionerPersonId", errors).ConfigureAwait(true);
        var subject = await FindPersonAsync(command.SubjectPersonId, "subjectPersonId", errors).ConfigureAwait(true);
        if (errors.Count > 0)
        {
            return PetitionResult.Fail(DomainError.Validation(errors));
        }

        // The petition lives where the person it is about lives; an unlinked petition is a county-level item.
        var place = subject ?? petitioner;
        var file = decision.Next! with
        {
            PetitionerPersonId = petitioner?.Id,
            SubjectPersonId = subject?.Id,
            TownCode = place?.TownCode,
            VillageCode = place?.VillageCode,
        };

        var earlier = await GrainFactory.GetGrain<IPetitionRepeatIndexGrain>(petitionerKeys.KeyFor(file)).RecordAsync(PetitionId).ConfigureAwait(true);
        var detail = decision.Detail;
        if (!earlier.IsEmpty)
        {
            file = file with { RepeatOf = earlier[^1], RepeatCount = earlier.Length };
            detail = (detail is null ? string.Empty : detail + "; ") + "repeat of " + earlier[^1];
            PetitionsLog.RepeatDetected(logger, PetitionId, earlier[^1], earlier.Length);
        }

        var now = time.GetUtcNow();
        await WriteAsync(new PetitionState
        {
            File = file,
            Version = 1,
            RegisteredAt = now,
            UpdatedAt = now,
            Timeline = [new PetitionEvent(1, now, command.Actor, decision.Kind, detail)],
            AppliedKeys = command.IdempotencyKey is { } key ? [key] : [],
        }).ConfigureAwait(true);
        PetitionsLog.Changed(logger, PetitionId, decision.Kind, 1, command.Actor);
        await UpdatePersonLinksAsync(command.Actor).ConfigureAwait(true);
        return PetitionResult.Ok(ToView());
    }

    Task<PetitionResult> IPetitionGrain.GetAsync() =>
        Task.FromResult(state.State.File is null ? PetitionResult.Fail(NotFound()) : PetitionResult.Ok(ToView()));

    Task<PetitionResult> IPetitionGrain.AcceptAsync(AcceptPetition command) =>
        ChangeAsync(command, (file, today) =>
        {
            var decision = PetitionRules.Accept(file, command, today);
            return decision.Next is { } next ? decision with { Next = PetitionRules.StartHandling(next, _clocks) } : decision;
        });

    Task<PetitionResult> IPetitionGrain.ExtendAsync(ExtendPetition command) =>
        ChangeAsync(command, (file, today) => PetitionRules.Extend(file, command, today, _clocks));

    Task<PetitionResult> IPetitionGrain.AnswerAsync(AnswerPetition command) =>
        ChangeAsync(command, (file, today) => PetitionRules.Answer(file, command, today, _clocks));

    Task<PetitionResult> IPetitionGrain.RequestReviewAsync(RequestReview command) =>
        ChangeAsync(command, (file, today) => PetitionRules.RequestReview(file, command, today, _clocks));

    Task<PetitionResult> IPetitionGrain.RecordReviewResultAsync(RecordReviewResult command) =>
        ChangeAsync(command, (file, today) => PetitionRules.RecordReviewResult(file, command, today, _clocks));

    Task<PetitionResult> IPetitionGrain.RateSatisfactionAsync(RateSatisfaction command) =>
        ChangeAsync(command, (file, today) => PetitionRules.RateSatisfaction(file, command, today));

    Task<PetitionResult> IPetitionGrain.CloseAsync(ClosePetition command) =>
        ChangeAsync(command, (file, today) => PetitionRules.Close(file, command, today));

    private async Task<PetitionResult> ChangeAsync(IPetitionCommand command, Func<PetitionFile, DateOnly, PetitionDecision> rule)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = state.State;
        if (current.File is not { } file)
        {
            return PetitionResult.Fail(NotFound());
        }

        if (AlreadyApplied(command) is { } replay)
        {
            return replay;
        }

        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return PetitionResult.Fail(DomainError.Simple(DomainErrorCodes.VersionMismatch, "The petition was changed since you read it; read it again and retry."));
        }

        var decision = Decide(() => rule(file, Today()));
        if (decision.Error is { } error)
        {
            PetitionsLog.Refused(logger, PetitionId, command.GetType().Name, error.Code);
            return PetitionResult.Fail(error);
        }

        var now = time.GetUtcNow();
        var keys = command.IdempotencyKey is { } key ? [.. current.AppliedKeys.TakeLast(PetitionState.KeptIdempotencyKeys - 1), key] : current.AppliedKeys;
        await WriteAsync(new PetitionState
        {
            File = decision.Next,
            Version = current.Version + 1,
            RegisteredAt = current.RegisteredAt,
            UpdatedAt = now,
            Timeline = [.. current.Timeline, new PetitionEvent(current.Timeline.Count + 1, now, command.Actor, decision.Kind, decision.Detail)],
            AppliedKeys = keys,
        }).ConfigureAwait(true);
        PetitionsLog.Changed(logger, PetitionId, decision.Kind, state.State.Version, command.Actor);
        if (decision.Next!.Status != file.Status || decision.Next.Outcome != file.Outcome)
        {
            await UpdatePersonLinksAsync(command.Actor).ConfigureAwait(true);
        }

        return PetitionResult.Ok(ToView());
    }

    private PetitionResult? AlreadyApplied(IPetitionCommand command) =>
        command.IdempotencyKey is { } key && state.State.File is not null && state.State.AppliedKeys.Contains(key, StringComparer.Ordinal)
            ? PetitionResult.Ok(ToView())
            : null;

    // A date outside the loaded calendar years is refused with its own code rather than a guessed deadline.
    private PetitionDecision Decide(Func<PetitionDecision> rule)
    {
        try
        {
            return rule();
        }
        catch (CalendarYearMissingException ex)
        {
            PetitionsLog.CalendarYearMissing(logger, PetitionId, ex.Year);
            return PetitionDecision.Refuse(DomainError.Simple(PetitionErrorCodes.CalendarYearMissing,
                $"The business calendar has no data for {ex.Year}; an admin must load it before this deadline can be computed."));
        }
    }

    private async Task<PersonView?> FindPersonAsync(string? personId, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(personId))
        {
            return null;
        }

        var result = await GrainFactory.GetGrain<IPersonGrain>(personId.Trim()).GetAsync().ConfigureAwait(true);
        if (result.Person is null)
        {
            errors.Add(new FieldError(field, DomainErrorCodes.PersonNotFound, "No person is registered with this id."));
        }

        return result.Person;
    }

    // Best effort: the petition is the record; a failed link update is logged and repaired by the next change.
    private async Task UpdatePersonLinksAsync(string actor)
    {
        var file = state.State.File!;
        var links = new Dictionary<string, PetitionRole>(StringComparer.Ordinal);
        if (file.PetitionerPersonId is { } petitioner)
        {
            links[petitioner] = PetitionRole.Petitioner;
        }

        if (file.SubjectPersonId is { } subject)
        {
            links[subject] = links.ContainsKey(subject) ? PetitionRole.Both : PetitionRole.Subject;
        }

        foreach (var (personId, role) in links)
        {
            try
            {
                var result = await GrainFactory.GetGrain<IPersonGrain>(personId)
                    .LinkPetitionAsync(new LinkPetition(actor, null, PetitionId, role, file.Status.ToString(), (file.ReReviewOutcome ?? file.ReviewOutcome ?? file.Outcome)?.ToString()))
                    .ConfigureAwait(true);
                if (result.Error is { } error)
                {
                    PetitionsLog.PersonLinkRefused(logger, PetitionId, personId, error.Code);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PetitionsLog.PersonLinkFailed(logger, ex, PetitionId, personId);
            }
        }
    }

    private Task WriteAsync(PetitionState next) =>
        state.WriteOrRevertAsync(next, ex =>
        {
            PetitionsLog.StateWriteFailed(logger, ex, PetitionId);
            DeactivateOnIdle();
        });

    private DateOnly Today() => ShanghaiTime.DateOf(time.GetUtcNow());

    private PetitionView ToView()
    {
        var s = state.State;
        var f = s.File!;
        var today = Today();
        return new PetitionView(
            PetitionId, f.PetitionerName, f.PetitionerPhone is null ? null : PiiMasking.MaskPhone(f.PetitionerPhone), f.PetitionerPersonId,
            f.SubjectPersonId, f.TownCode, f.VillageCode, f.Channel, f.ItemType, f.MatterCategory, f.Matter, f.GroupSize, f.ReceivedOn, f.RepeatOf,
            f.RepeatCount, f.Status, f.Stage, [.. f.Clocks.Select(c => PetitionClocks.View(c, today))], f.AcceptedOn, f.NotAcceptedReason,
            f.Extension, f.Outcome, f.RepliedOn, f.ReviewOutcome, f.ReReviewOutcome, f.Satisfaction, f.ClosureType, f.ClosedOn, [.. s.Timeline],
            s.RegisteredAt, s.UpdatedAt, s.Version);
    }

    private static DomainError NotFound() => DomainError.Simple(PetitionErrorCodes.PetitionNotFound, "No petition is registered with this id.");
}
