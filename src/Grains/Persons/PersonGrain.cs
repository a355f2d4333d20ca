using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.CaseFiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.Persons;

/// <summary>One person's case file: identity, jurisdiction, contacts and the append-only case history.</summary>
/// <remarks>
/// Every command validates completely before anything is written, then stores the new state and its history event
/// in one write. The ID number is claimed in its index before that write and the old claim released after it, so a
/// crash in between leaves at most a stale claim, which the index hands on when this grain disowns it.
/// </remarks>
[GrainType("person")]
internal sealed partial class PersonGrain(
    [PersistentState(PersonState.StateName, StorageNames.Default)] IPersistentState<PersonState> state,
    PersonProfileRules rules,
    IdNumberIndexKeys indexKeys,
    IOptions<BenefitOptions> benefits,
    TimeProvider time,
    ILogger<PersonGrain> logger) : Grain, IPersonGrain
{
    // The index key being claimed by a command in flight; lets HoldsIdNumberAsync answer yes before the write lands.
    private string? _claimingKey;

    private string PersonId => this.GetPrimaryKeyString();

    private bool IsRegistered => state.State.Profile is not null;

    async Task<PersonResult> IPersonGrain.RegisterAsync(RegisterPerson command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (IsRegistered)
        {
            return PersonResult.Fail(DomainError.Simple(DomainErrorCodes.PersonExists, "A person with this id is already registered."));
        }

        var validation = await rules.ValidateAsync(PersonProfileDraft.From(command), RegisterDates.Today(time)).ConfigureAwait(true);
        if (!validation.IsValid)
        {
            return PersonResult.Fail(DomainError.Validation(validation.Errors));
        }

        var profile = validation.Profile!;
        if (await ClaimAsync(validation.IdNumber).ConfigureAwait(true) is { } duplicate)
        {
            return PersonResult.Fail(duplicate);
        }

        try
        {
            var now = time.GetUtcNow();
            var next = new PersonState { Profile = profile, Version = 1, RegisteredAt = now, UpdatedAt = now, History = [] };
            next.History.Add(new CaseEvent(1, now, command.Actor, CaseEventKinds.PersonRegistered, ProfileChanges.Between(null, profile)));
            await WriteAsync(next).ConfigureAwait(true);
        }
        finally
        {
            _claimingKey = null;
        }

        PersonsLog.PersonRegistered(logger, PersonId, command.Actor);
        return PersonResult.Ok(ToView());
    }

    Task<PersonResult> IPersonGrain.GetAsync() =>
        Task.FromResult(IsRegistered ? PersonResult.Ok(ToView()) : PersonResult.Fail(NotFound()));

    async Task<PersonResult> IPersonGrain.UpdateProfileAsync(UpdatePersonProfile command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = state.State;
        if (current.Profile is not { } before)
        {
            return PersonResult.Fail(NotFound());
        }

        if (command.ExpectedVersion != current.Version)
        {
            return PersonResult.Fail(DomainError.Simple(DomainErrorCodes.VersionMismatch, "The person was changed since you read it; read it again and retry."));
        }

        var validation = await rules.ValidateAsync(PersonProfileDraft.Merge(before, command), RegisterDates.Today(time)).ConfigureAwait(true);
        if (!validation.IsValid)
        {
            return PersonResult.Fail(DomainError.Validation(validation.Errors));
        }

        var after = validation.Profile!;
        var changes = ProfileChanges.Between(before, after);
        if (changes.IsEmpty)
        {
            return PersonResult.Ok(ToView());
        }

        var idChanged = !string.Equals(before.IdNumber, after.IdNumber, StringComparison.Ordinal);
        if (idChanged && await ClaimAsync(validation.IdNumber).ConfigureAwait(true) is { } duplicate)
        {
            return PersonResult.Fail(duplicate);
        }

        // The certificate number embeds the ID number, so a new ID number renumbers the current certificate.
        var file = idChanged ? current.CaseFile?.WithIdNumber(after.IdNumber) : current.CaseFile;
        if (file?.CurrentCertificate is { } renumbered && current.CaseFile?.CurrentCertificate is { } held && renumbered.Number != held.Number)
        {
            changes = changes.Add(new FieldChange("certificate.number", CertificateNumbers.Mask(held.Number), CertificateNumbers.Mask(renumbered.Number)));
        }

        try
        {
            var now = time.GetUtcNow();
            var next = new PersonState
            {
                Profile = after,
                Version = current.Version + 1,
                RegisteredAt = current.RegisteredAt,
                UpdatedAt = now,
                History = [.. current.History, new CaseEvent(current.History.Count + 1, now, command.Actor, CaseEventKinds.ProfileUpdated, changes)],
                CaseFile = file,
                AppliedKeys = current.AppliedKeys,
            };
            await WriteAsync(next).ConfigureAwait(true);
        }
        finally
        {
            _claimingKey = null;
        }

        if (idChanged)
        {
            await ReleaseAsync(before.IdNumber).ConfigureAwait(true);
        }

        PersonsLog.ProfileUpdated(logger, PersonId, state.State.Version, command.Actor, changes.Length);
        return PersonResult.Ok(ToView());
    }

    Task<PersonHistoryResult> IPersonGrain.GetHistoryAsync() =>
        Task.FromResult(IsRegistered ? new PersonHistoryResult([.. state.State.History], null) : new PersonHistoryResult([], NotFound()));

    Task<bool> IPersonGrain.ExistsAsync() => Task.FromResult(IsRegistered);

    Task<bool> IPersonGrain.HoldsIdNumberAsync(string idNumberKey)
    {
        var holds = string.Equals(_claimingKey, idNumberKey, StringComparison.Ordinal)
            || (state.State.Profile is { } profile && string.Equals(indexKeys.KeyFor(profile.IdNumber), idNumberKey, StringComparison.Ordinal));
        return Task.FromResult(holds);
    }

    private static DomainError NotFound() =>
        DomainError.Simple(DomainErrorCodes.PersonNotFound, "No person is registered with this id.");
}
