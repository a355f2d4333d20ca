using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.Persons;

/// <summary>The audited reveal of the full ID number; the API checks role, jurisdiction and reason and audits first.</summary>
internal sealed partial class PersonGrain : IPersonRevealGrain
{
    Task<PersonRevealResult> IPersonRevealGrain.RevealIdNumberAsync() =>
        Task.FromResult(state.State.Profile is { } profile
            ? new PersonRevealResult(profile.IdNumber, profile.TownCode, profile.VillageCode, null)
            : new PersonRevealResult(null, null, null, NotFound()));
}
