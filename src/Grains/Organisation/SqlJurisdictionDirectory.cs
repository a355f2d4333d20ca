using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Organisation;

/// <summary>
/// The jurisdiction tree read from <c>org_jurisdictions</c> and kept in memory; <see cref="Invalidate"/> drops the
/// cache after an admin change or a seed on this node, and a copy older than <see cref="MaxAge"/> is read again so an
/// admin change made through another node of a cluster reaches this one too.
/// </summary>
public sealed class SqlJurisdictionDirectory(CaseFlowDatabase database, TimeProvider time) : IJurisdictionDirectory
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private volatile Snapshot? _snapshot;

    public async ValueTask<Jurisdiction?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        var snapshot = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return snapshot.ByCode.GetValueOrDefault(code);
    }

    public async ValueTask<IReadOnlyList<Jurisdiction>> ListAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken).ConfigureAwait(false)).Ordered;

    /// <summary>Forgets the cached tree; the next read loads it again.</summary>
    public void Invalidate() => _snapshot = null;

    private async ValueTask<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } cached && time.GetUtcNow() - cached.LoadedAt < MaxAge)
        {
            return cached;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "SELECT code, name, parent_code, level, verified FROM org_jurisdictions ORDER BY sort_order, code", null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Jurisdiction>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new Jurisdiction(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                Enum.Parse<JurisdictionLevel>(reader.GetString(3), ignoreCase: true),
                reader.GetInt32(4) != 0));
        }

        var snapshot = new Snapshot(list, list.ToDictionary(j => j.Code, StringComparer.Ordinal), time.GetUtcNow());
        _snapshot = snapshot;
        return snapshot;
    }

    private sealed record Snapshot(IReadOnlyList<Jurisdiction> Ordered, IReadOnlyDictionary<string, Jurisdiction> ByCode, DateTimeOffset LoadedAt);
}
