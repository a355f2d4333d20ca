namespace CaseFlow.Grains.Storage;

/// <summary>The one way CaseFlow grains store a new state.</summary>
public static class PersistentStateExtensions
{
    /// <summary>
    /// Stores <paramref name="next"/>. On failure the in-memory state goes back to the last stored value,
    /// <paramref name="onFailure"/> runs (to log and deactivate), and the exception propagates.
    /// </summary>
    /// <remarks>
    /// The outcome of a failed write is unknown: it may have landed. Only a fresh activation, which reads the
    /// database, learns the truth, so the caller must deactivate rather than serve either guess.
    /// </remarks>
    public static async Task WriteOrRevertAsync<T>(this IPersistentState<T> state, T next, Action<Exception> onFailure)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(onFailure);
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync().ConfigureAwait(true);
        }
        catch (Exception ex)
        {
            state.State = previous;
            onFailure(ex);
            throw;
        }
    }
}
