using System.Collections.Concurrent;
using CaseFlow.Grains.Processes;

namespace CaseFlow.Grains.Tests.Infrastructure;

/// <summary>The test silos' list of process keys, standing in for the read model, which grain test silos do not project.</summary>
/// <remarks>
/// A test lists the keys it publishes, as the projector would once caught up. The grain asks each listed key whether it
/// is published, so listing a key of another test or another silo changes no answer.
/// </remarks>
public sealed class ListedProcessKeys : IProcessKeySource
{
    private static readonly ConcurrentDictionary<string, bool> Keys = new(StringComparer.Ordinal);

    public static void Add(string key) => Keys[key] = true;

    public Task<IReadOnlyList<string>> ListPublishedKeysAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. Keys.Keys]);
}
