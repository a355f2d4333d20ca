using System.Data.Common;
using CaseFlow.Grains.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CaseFlow.Grains.ReadModel;

/// <summary>
/// Drains the change feed into the read model: takes a batch of change rows, applies the newest snapshot of each
/// stream through <see cref="ProjectionWriter"/>, deletes the rows, and commits, all in one transaction.
/// </summary>
/// <remarks>
/// A crash before the commit leaves every row in the feed, so the next run (on this node or another) applies them
/// again; the per-stream checkpoint makes that harmless. On PostgreSQL, <c>FOR UPDATE SKIP LOCKED</c> lets every
/// node drain its share without waiting on the others; two nodes holding different versions of one stream are
/// reconciled by the checkpoint, which only moves forward.
/// </remarks>
public sealed partial class ChangeFeedProjector(
    CaseFlowDatabase database,
    ProjectionWriter writer,
    ChangeFeedSignal signal,
    ProjectorStatus status,
    IOptions<ProjectorOptions> options,
    IOptions<ClusterOptions> cluster,
    TimeProvider time,
    ILogger<ChangeFeedProjector> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        var backoff = options.Value.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var drained = await DrainBatchAsync(stoppingToken).ConfigureAwait(false);
                backoff = options.Value.PollInterval;
                if (drained == 0)
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or System.Text.Json.JsonException)
            {
                // A database outage or a snapshot that cannot be read must not kill the node: the rows stay in
                // the feed, health reports the failure, and the projector retries with a growing pause.
                status.RecordFailure(ex.GetType().Name, time.GetUtcNow());
                LogBatchFailed(logger, ex, backoff);
                await Task.Delay(backoff, time, stoppingToken).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>Projects one batch; returns the number of change rows consumed.</summary>
    public async Task<int> DrainBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var context = new ProjectionContext(connection, transaction, database.Dialect);

        var rows = await ReadBatchAsync(context, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            status.RecordIdle(time.GetUtcNow());
            return 0;
        }

        // Snapshots are whole states, so only the newest row of each stream in the batch needs applying.
        var applied = 0;
        foreach (var newest in rows.GroupBy(r => r.Stream).Select(g => g.MaxBy(r => r.Version)!))
        {
            if (await writer.ApplyAsync(context, newest.StateName, newest.GrainKey, newest.Version, newest.Payload, cancellationToken).ConfigureAwait(false))
            {
                applied++;
            }
        }

        await DeleteRowsAsync(context, rows, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        status.RecordProgress(rows.Count);
        LogBatchProjected(logger, rows.Count, applied);
        return rows.Count;
    }

    private async Task<List<ChangeRow>> ReadBatchAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        var sql = "SELECT seq, state_name, grain_key, version, payload FROM cf_change_feed " +
                  "WHERE service_id = @service ORDER BY seq LIMIT @limit" +
                  (database.Dialect == SqlDialect.Postgres ? " FOR UPDATE SKIP LOCKED" : string.Empty);
        await using var command = context.Command(sql);
        command.AddParameter("service", cluster.Value.ServiceId).AddParameter("limit", options.Value.BatchSize);
        var rows = new List<ChangeRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var payload = await reader.IsDBNullAsync(4, cancellationToken).ConfigureAwait(false)
                ? null
                : BinaryData.FromBytes(reader.GetFieldValue<byte[]>(4));
            rows.Add(new ChangeRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), payload));
        }

        return rows;
    }

    private static async Task DeleteRowsAsync(ProjectionContext context, List<ChangeRow> rows, CancellationToken cancellationToken)
    {
        var names = rows.Select((_, i) => "@s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await using var command = context.Command($"DELETE FROM cf_change_feed WHERE seq IN ({string.Join(", ", names)})");
        for (var i = 0; i < rows.Count; i++)
        {
            command.AddParameter(names[i][1..], rows[i].Seq);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 2001, EventName = "ProjectorDisabled", Level = LogLevel.Warning,
        Message = "The change-feed projector is disabled on this node; the read model will not advance here.")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(EventId = 2002, EventName = "ProjectorBatch", Level = LogLevel.Debug,
        Message = "Projected a batch of {RowCount} change rows ({Applied} snapshots applied).")]
    private static partial void LogBatchProjected(ILogger logger, int rowCount, int applied);

    [LoggerMessage(EventId = 2003, EventName = "ProjectorBatchFailed", Level = LogLevel.Error,
        Message = "Projecting a change-feed batch failed; the rows stay in the feed and are retried in {Backoff}.")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, TimeSpan backoff);
}
