using CaseFlow.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CaseFlow.Grains.ReadModel;

/// <summary>
/// Rebuilds the read model from current grain state: empties every projection's tables and the checkpoints, then
/// replays each stored snapshot through the same <see cref="ProjectionWriter"/> the live projector uses.
/// </summary>
/// <remarks>
/// It runs in one transaction, so readers see the old read model until the new one is complete. Change rows still
/// in the feed are left alone: the live projector applies those newer than the rebuilt checkpoints and skips the rest.
/// </remarks>
public sealed partial class ReadModelRebuilder(
    CaseFlowDatabase database,
    ProjectionWriter writer,
    IOptions<ClusterOptions> cluster,
    ILogger<ReadModelRebuilder> logger)
{
    /// <summary>Rebuilds every projection; returns the number of snapshots replayed.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var context = new ProjectionContext(connection, transaction, database.Dialect);

        foreach (var projection in writer.Projections)
        {
            await projection.ResetAsync(context, cancellationToken).ConfigureAwait(false);
        }

        await using (var clear = context.Command("DELETE FROM rm_stream_versions"))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var replayed = 0;
        foreach (var stateName in writer.StateNames)
        {
            await foreach (var state in GrainStateScanner.ScanAsync(database, cluster.Value.ServiceId, stateName, cancellationToken).ConfigureAwait(false))
            {
                await writer.ApplyAsync(context, stateName, state.GrainKey, state.Version, state.Payload, cancellationToken).ConfigureAwait(false);
                replayed++;
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogRebuilt(logger, replayed, writer.Projections.Count);
        return replayed;
    }

    [LoggerMessage(EventId = 2010, EventName = "ReadModelRebuilt", Level = LogLevel.Information,
        Message = "Rebuilt the read model from {Snapshots} stored snapshots across {Projections} projections.")]
    private static partial void LogRebuilt(ILogger logger, int snapshots, int projections);
}
