namespace CaseFlow.Grains.Messages;

/// <summary>The durable home of buffered messages (R55), shared by every node.</summary>
/// <remarks>
/// Every change of state is conditional on the state it expects, so when two nodes reach for one message only one of
/// them succeeds: that is what makes a buffered message delivered once across the cluster.
/// </remarks>
public interface IBufferedMessageStore
{
    /// <summary>Stores a waiting message; when its message id was buffered before, the first row instead.</summary>
    Task<BufferedMessage> BufferAsync(BufferedMessage message, CancellationToken cancellationToken = default);

    /// <summary>The message buffered under the sender's <paramref name="messageId"/>, whatever its state.</summary>
    Task<BufferedMessage?> FindByMessageIdAsync(string messageId, CancellationToken cancellationToken = default);

    /// <summary>Waiting messages of that name and business key, and those <paramref name="instanceId"/> claimed but has not
    /// delivered yet, oldest first (publish order); expired ones included, so the caller can drop them.</summary>
    Task<IReadOnlyList<BufferedMessage>> CandidatesAsync(string messageName, string businessKey, string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Claims a waiting, unexpired message for the instance; false when another took it first or it expired.</summary>
    Task<bool> TryClaimAsync(string bufferId, string instanceId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Records that the instance that claimed the message has taken it.</summary>
    Task MarkDeliveredAsync(string bufferId, string instanceId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed message back to waiting, when the claiming instance could not take it after all.</summary>
    Task ReleaseAsync(string bufferId, string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Drops a waiting message whose time-to-live has run out; false when it was not waiting or not expired.</summary>
    Task<bool> TryDropAsync(string bufferId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Waiting messages whose time-to-live has run out, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<BufferedMessage>> ExpiredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>Messages <paramref name="instanceId"/> claimed and has not marked delivered, oldest first.</summary>
    Task<IReadOnlyList<BufferedMessage>> ClaimedByAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Deletes delivered and dropped messages closed before <paramref name="before"/>; returns how many.</summary>
    Task<int> PruneClosedAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
