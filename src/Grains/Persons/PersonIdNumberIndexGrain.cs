using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.Persons;

/// <summary>The one authoritative owner of a resident ID number; see <see cref="IPersonIdNumberIndexGrain"/>.</summary>
/// <remarks>
/// Single activation makes the check-and-claim atomic without locks. When the recorded owner is another person, the
/// grain asks that person whether it holds (or is claiming) the number; if not, the claim is stale (its registration
/// never completed, or it moved to another number and the release was lost) and passes to the caller.
/// </remarks>
[GrainType("person-id-claim")]
internal sealed class PersonIdNumberIndexGrain(
    [PersistentState("caseflow.person-id-claim", StorageNames.Default)] IPersistentState<PersonIdNumberClaimState> state,
    TimeProvider time,
    ILogger<PersonIdNumberIndexGrain> logger) : Grain, IPersonIdNumberIndexGrain
{
    async Task<string> IPersonIdNumberIndexGrain.ClaimAsync(string personId)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        var owner = state.State.OwnerPersonId;
        if (string.Equals(owner, personId, StringComparison.Ordinal))
        {
            return personId;
        }

        if (owner is not null)
        {
            var key = this.GetPrimaryKeyString();
            if (await GrainFactory.GetGrain<IPersonGrain>(owner).HoldsIdNumberAsync(key).ConfigureAwait(true))
            {
                return owner;
            }

            PersonsLog.IdClaimTakenOver(logger, owner, personId);
        }

        state.State = new PersonIdNumberClaimState { OwnerPersonId = personId, ClaimedAt = time.GetUtcNow() };
        await state.WriteStateAsync().ConfigureAwait(true);
        return personId;
    }

    async Task<bool> IPersonIdNumberIndexGrain.ReleaseAsync(string personId)
    {
        if (!string.Equals(state.State.OwnerPersonId, personId, StringComparison.Ordinal))
        {
            return false;
        }

        // Clearing rather than deleting keeps the row, whose absence and presence then mean the same: free.
        state.State = new PersonIdNumberClaimState();
        await state.WriteStateAsync().ConfigureAwait(true);
        return true;
    }

    Task<string?> IPersonIdNumberIndexGrain.GetOwnerAsync() => Task.FromResult(state.State.OwnerPersonId);
}
