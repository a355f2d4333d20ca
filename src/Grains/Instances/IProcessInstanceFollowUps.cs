using Orleans.Concurrency;

namespace CaseFlow.Grains.Instances;

/// <summary>The instance's call to itself that runs committed follow-up work after the current command has answered.</summary>
/// <remarks>
/// A one-way self-call rather than a grain timer: it queues behind the current turn whatever the clock does, and a
/// stray or repeated call is harmless because the work is read from the stored state.
/// </remarks>
[Alias("caseflow.IProcessInstanceFollowUps")]
public interface IProcessInstanceFollowUps : IGrainWithStringKey
{
    [Alias("run-follow-ups"), OneWay]
    Task RunFollowUpsAsync();
}
