using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Petitions;

/// <summary>Remembers the petitions of one petitioner on one matter category, in registration order.</summary>
[GrainType("petition-repeat-index")]
internal sealed class PetitionRepeatIndexGrain(
    [PersistentState(PetitionRepeatIndexState.StateName, StorageNames.Default)] IPersistentState<PetitionRepeatIndexState> state)
    : Grain, IPetitionRepeatIndexGrain
{
    async Task<ImmutableArray<string>> IPetitionRepeatIndexGrain.RecordAsync(string petitionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(petitionId);
        var ids = state.State.PetitionIds;
        var index = ids.IndexOf(petitionId);
        if (index >= 0)
        {
            return [.. ids.Take(index)];
        }

        await state.WriteOrRevertAsync(new PetitionRepeatIndexState { PetitionIds = [.. ids, petitionId] }, _ => DeactivateOnIdle()).ConfigureAwait(true);
        return [.. ids];
    }
}
