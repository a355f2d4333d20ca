using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Persons;

/// <summary>The write path and the ID-number claims of <see cref="PersonGrain"/>.</summary>
internal sealed partial class PersonGrain
{
    /// <summary>Claims the number for this person; returns the ID_DUPLICATE error when someone else holds it.</summary>
    private async Task<DomainError?> ClaimAsync(ResidentIdNumber idNumber)
    {
        var key = indexKeys.KeyFor(idNumber);
        _claimingKey = key;
        var owner = await GrainFactory.GetGrain<IPersonIdNumberIndexGrain>(key).ClaimAsync(PersonId).ConfigureAwait(true);
        if (string.Equals(owner, PersonId, StringComparison.Ordinal))
        {
            return null;
        }

        _claimingKey = null;
        PersonsLog.IdNumberDuplicate(logger, PersonId, owner);
        return new DomainError(
            DomainErrorCodes.IdDuplicate,
            "Another person is already registered with this ID number.",
            "idNumber",
            owner,
            [new FieldError("idNumber", DomainErrorCodes.IdDuplicate, "Another person is already registered with this ID number.")]);
    }

    // Best effort: a release that fails leaves a claim this grain no longer holds, which the index hands on the
    // next time someone claims the number. Failing the command here would report an applied change as failed.
    private async Task ReleaseAsync(string idNumber)
    {
        try
        {
            await GrainFactory.GetGrain<IPersonIdNumberIndexGrain>(indexKeys.KeyFor(idNumber)).ReleaseAsync(PersonId).ConfigureAwait(true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            PersonsLog.IdClaimReleaseFailed(logger, ex, PersonId);
        }
    }

    /// <summary>Stores <paramref name="next"/>; on failure the grain keeps the last stored state and deactivates.</summary>
    private Task WriteAsync(PersonState next) =>
        state.WriteOrRevertAsync(next, ex =>
        {
            PersonsLog.StateWriteFailed(logger, ex, PersonId);
            DeactivateOnIdle();
        });

    private PersonView ToView()
    {
        var s = state.State;
        var p = s.Profile!;
        return new PersonView(
            PersonId,
            p.Name,
            p.Gender,
            p.BirthDate,
            PiiMasking.MaskIdNumber(p.IdNumber),
            p.TownCode,
            p.VillageCode,
            p.Phone is null ? null : PiiMasking.MaskPhone(p.Phone),
            p.Guardian is { } g ? new GuardianView(g.Name, g.Relation, g.Phone is null ? null : PiiMasking.MaskPhone(g.Phone)) : null,
            s.RegisteredAt,
            s.UpdatedAt,
            s.Version);
    }
}
