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

    /// <summary>A message was just buffered that this instance may wait for: look up buffered messages again (R55).</summary>
    /// <remarks>Closes the gap between an instance that looked before the message was stored and a sender that did not
    /// see the instance waiting; a call to an instance that takes nothing changes nothing.</remarks>
    [Alias("check-buffered-messages"), OneWay]
    Task CheckBufferedMessagesAsync();
}
