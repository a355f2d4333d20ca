using System.Globalization;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.ReadModel;

/// <summary>
/// Applies one snapshot through its projection and advances the stream checkpoint, both inside the caller's
/// transaction; shared by the live projector and the rebuild command so the two can never disagree.
/// </summary>
/// <remarks>
/// Several projections may read one state name (an instance feeds both the instance list and the worklist); they
/// share the stream checkpoint, so each snapshot reaches all of them or none.
/// </remarks>
public sealed class ProjectionWriter(IEnumerable<IProjection> projections)
{
    private readonly IReadOnlyList<IProjection> _projections = [.. projections];

    private readonly Dictionary<string, IProjection[]> _byStateName = projections
        .GroupBy(p => p.StateName, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public IReadOnlyList<IProjection> Projections => _projections;

    /// <summary>The distinct state names some projection reads.</summary>
    public IReadOnlyCollection<string> StateNames => _byStateName.Keys;

    public bool Handles(string stateName) => _byStateName.ContainsKey(stateName);

    /// <summary>Applies the snapshot if it is newer than the checkpoint; returns whether it was applied.</summary>
    public async Task<bool> ApplyAsync(ProjectionContext context, string stateName, string grainKey, int version, BinaryData? payload, CancellationToken cancellationToken)
    {
        if (!_byStateName.TryGetValue(stateName, out var readers))
        {
            return false;
        }

        var stream = stateName + "/" + grainKey;
        var checkpoint = await ReadCheckpointAsync(context, stream, cancellationToken).ConfigureAwait(false);
        if (checkpoint >= version)
        {
            return false;
        }

        foreach (var projection in readers)
        {
            await projection.ApplyAsync(context, grainKey, version, payload, cancellationToken).ConfigureAwait(false);
        }

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
