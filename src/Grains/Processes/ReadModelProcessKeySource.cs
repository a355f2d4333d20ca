using CaseFlow.Grains.Processes.ReadModel;

namespace CaseFlow.Grains.Processes;

/// <summary>The published keys as the read model lists them: one query, and no fan-out over every key ever deployed.</summary>
/// <remarks>
/// The read model lags the grains (projection lag), so a key first published a moment ago on another node may be
/// missed and its start message names not checked. Publishing is a rare operator action and the window is a fraction
/// of a second; a unique-name claim per message would close it at the price of a second write per publish.
/// </remarks>
public sealed class ReadModelProcessKeySource(ProcessQueries queries) : IProcessKeySource
{
    public async Task<IReadOnlyList<string>> ListPublishedKeysAsync(CancellationToken cancellationToken) =>
        [.. (await queries.ListAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.PublishedVersion is not null).Select(s => s.Key)];
}
