namespace CaseFlow.Grains.Messages;

/// <summary>The store of a host without a database (grain test silos): it holds no message and takes none.</summary>
/// <remarks>Such a host cannot turn buffering on, so nothing asks it to buffer; an instance that looks finds nothing.</remarks>
public sealed class NoMessageBufferStore : IBufferedMessageStore
{
    public Task<BufferedMessage> BufferAsync(BufferedMessage message, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("This node has no database to buffer messages in.");

    public Task<BufferedMessage?> FindByMessageIdAsync(string messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult<BufferedMessage?>(null);

    public Task<IReadOnlyList<BufferedMessage>> CandidatesAsync(string messageName, string businessKey, string instanceId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BufferedMessage>>([]);

    public Task<bool> TryClaimAsync(string bufferId, string instanceId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);

    public Task MarkDeliveredAsync(string bufferId, string instanceId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public Task ReleaseAsync(string bufferId, string instanceId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> TryDropAsync(string bufferId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);

    public Task<IReadOnlyList<BufferedMessage>> ExpiredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BufferedMessage>>([]);

    public Task<IReadOnlyList<BufferedMessage>> ClaimedByAsync(string instanceId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BufferedMessage>>([]);

    public Task<int> PruneClosedAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => Task.FromResult(0);
}
