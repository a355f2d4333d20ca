namespace CaseFlow.Grains.ReadModel;

/// <summary>
/// Wakes the change-feed projector as soon as a state write commits, so the read model lags by one batch rather
/// than by a poll interval. Several notifications before the projector wakes coalesce into one wake-up.
/// </summary>
/// <remarks>
/// Notify is called after the commit, and the waiter swaps in a fresh source before it drains the feed, so a
/// notification that arrives while the projector is busy is either seen by that drain or wakes the next wait.
/// Storage providers that cannot call it (the PostgreSQL ADO.NET provider) are covered by the poll interval.
/// </remarks>
public sealed class ChangeFeedSignal
{
    private TaskCompletionSource pending = NewSource();

    /// <summary>Records that a change row has been committed.</summary>
    public void Notify() => Volatile.Read(ref pending).TrySetResult();

    /// <summary>Returns when a change has been notified since the last wake-up, or when the timeout elapses.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var source = Volatile.Read(ref pending);
        if (!source.Task.IsCompleted)
        {
            try
            {
                await source.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return;
            }
        }

        // Consume the notification; a newer source installed meanwhile is left alone.
        Interlocked.CompareExchange(ref pending, NewSource(), source);
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
