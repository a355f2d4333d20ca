using System.Globalization;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.ReadModel;

/// <summary>
/// Applies one snapshot through its projection and advances the stream checkpoint, both inside the caller's
/// transaction; shared by the live projector and the rebuild command so the two can never disagree.
/// </summary>
public sealed class ProjectionWriter(IEnumerable<IProjection> projections)
{
    private readonly Dictionary<string, IProjection> _byStateName =
        projections.ToDictionary(p => p.StateName, StringComparer.Ordinal);

    public IReadOnlyCollection<IProjection> Projections => _byStateName.Values;

    public bool Handles(string stateName) => _byStateName.ContainsKey(stateName);

    /// <summary>Applies the snapshot if it is newer than the checkpoint; returns whether it was applied.</summary>
    public async Task<bool> ApplyAsync(ProjectionContext context, string stateName, string grainKey, int version, BinaryData? payload, CancellationToken cancellationToken)
    {
        if (!_byStateName.TryGetValue(stateName, out var projection))
        {
            return false;
        }

        var stream = stateName + "/" + grainKey;
        var checkpoint = await ReadCheckpointAsync(context, stream, cancellationToken).ConfigureAwait(false);
        if (checkpoint >= version)
        {
            return false;
        }

        await projection.ApplyAsync(context, grainKey, version, payload, cancellationToken).ConfigureAwait(false);
        await using var command = context.Command(
            "INSERT INTO rm_stream_versions (stream, version) VALUES (@stream, @version) " +
            "ON CONFLICT (stream) DO UPDATE SET version = excluded.version WHERE rm_stream_versions.version < excluded.version");
        command.AddParameter("stream", stream).AddParameter("version", version);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task<int> ReadCheckpointAsync(ProjectionContext context, string stream, CancellationToken cancellationToken)
    {
        await using var command = context.Command("SELECT version FROM rm_stream_versions WHERE stream = @stream");
        command.AddParameter("stream", stream);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }
}
