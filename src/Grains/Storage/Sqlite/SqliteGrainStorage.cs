using System.Data.Common;
using System.Globalization;
using CaseFlow.Grains.ReadModel;
using Microsoft.Extensions.Logging;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace CaseFlow.Grains.Storage.Sqlite;

/// <summary>
/// Orleans grain storage on SQLite for single-node mode, with the same observable behaviour as CaseFlow's
/// PostgreSQL query texts: version ETags, optimistic concurrency, clear keeps the row, and a change-feed row
/// committed in the same transaction as every write and clear.
/// </summary>
/// <remarks>
/// Payloads come from the DI-registered <see cref="IGrainStorageSerializer"/>, the one the ADO.NET provider uses,
/// so a state serialises to the same bytes on both backends.
/// </remarks>
public sealed partial class SqliteGrainStorage(
    string name,
    string serviceId,
    CaseFlowDatabase database,
    IGrainStorageSerializer serializer,
    IActivatorProvider activators,
    ChangeFeedSignal? signal,
    ILogger<SqliteGrainStorage> logger) : IGrainStorage
{
    private const string ReadSql =
        "SELECT version, payload FROM cf_grain_state WHERE service_id = @service AND state_name = @state AND grain_key = @key";

    // A first write inserts version 1 unless the row exists, so of two racing first writes only one succeeds.
    private const string InsertSql =
        "INSERT INTO cf_grain_state (service_id, state_name, grain_key, grain_id, version, payload, modified_at) " +
        "VALUES (@service, @state, @key, @grain, 1, @payload, @at) ON CONFLICT DO NOTHING RETURNING version";

    private const string UpdateSql =
        "UPDATE cf_grain_state SET version = version + 1, payload = @payload, modified_at = @at " +
        "WHERE service_id = @service AND state_name = @state AND grain_key = @key AND version = @version RETURNING version";

    private const string ChangeSql =
        "INSERT INTO cf_change_feed (service_id, state_name, grain_key, version, payload, recorded_at) " +
        "VALUES (@service, @state, @key, @version, @payload, @at)";

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(ReadSql, null);
        AddKey(command, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            grainState.State = CreateDefault<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var version = reader.GetInt32(0);
        var state = await reader.IsDBNullAsync(1, cancellationToken).ConfigureAwait(false)
            ? default
            : serializer.Deserialize<T>(BinaryData.FromBytes(reader.GetFieldValue<byte[]>(1)));

        // A cleared row (NULL payload) still carries its version, as the ADO.NET provider reports it.
        grainState.State = state ?? CreateDefault<T>();
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var expected = ParseETag(grainState.ETag, "WriteState", stateName, grainId);
        var payload = serializer.Serialize(grainState.State).ToArray();

        var newVersion = await ChangeAsync(expected is null ? InsertSql : UpdateSql, stateName, grainId, expected, payload, cancellationToken).ConfigureAwait(false)
            ?? throw Conflict("WriteState", stateName, grainId, grainState.ETag);

        grainState.ETag = newVersion.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
        signal?.Notify();
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);

        // As the ADO.NET provider does: a state not known to exist is read first, and clearing one that was never
        // stored is a no-op rather than a conflict.
        if (!grainState.RecordExists)
        {
            await ReadStateAsync(stateName, grainId, grainState, cancellationToken).ConfigureAwait(false);
            if (!grainState.RecordExists)
            {
                return;
            }
        }

        var expected = ParseETag(grainState.ETag, "ClearState", stateName, grainId)
            ?? throw Conflict("ClearState", stateName, grainId, grainState.ETag);

        var newVersion = await ChangeAsync(UpdateSql, stateName, grainId, expected, null, cancellationToken).ConfigureAwait(false)
            ?? throw Conflict("ClearState", stateName, grainId, grainState.ETag);

        grainState.ETag = newVersion.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = false;
        grainState.State = CreateDefault<T>();
        signal?.Notify();
    }

    /// <summary>Applies one insert or versioned update and its change row in one transaction.</summary>
    /// <returns>The new version, or null when the ETag did not match and nothing was changed.</returns>
    private async Task<int?> ChangeAsync(string sql, string stateName, GrainId grainId, int? expected, byte[]? payload, CancellationToken cancellationToken)
    {
        var at = DateTimeOffset.UtcNow.ToStorageText();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // Microsoft.Data.Sqlite begins IMMEDIATE transactions: the write lock is taken up front, so two writers
        // queue on busy_timeout instead of failing when a read lock would have to be upgraded.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        int? newVersion;
        await using (var command = connection.CreateCommand(sql, transaction))
        {
            AddKey(command, stateName, grainId);
            command.AddParameter("grain", grainId.ToString()).AddParameter("payload", payload)
                .AddParameter("at", at).AddParameter("version", expected);
            var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            newVersion = result is null or DBNull ? null : Convert.ToInt32(result, CultureInfo.InvariantCulture);
        }

        if (newVersion is null)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        await using (var change = connection.CreateCommand(ChangeSql, transaction))
        {
            AddKey(change, stateName, grainId);
            change.AddParameter("version", newVersion).AddParameter("payload", payload).AddParameter("at", at);
            await change.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return newVersion;
    }

    private void AddKey(DbCommand command, string stateName, GrainId grainId) =>
        command.AddParameter("service", serviceId).AddParameter("state", stateName).AddParameter("key", grainId.Key.ToString());

    private int? ParseETag(string? etag, string operation, string stateName, GrainId grainId)
    {
        if (string.IsNullOrWhiteSpace(etag))
        {
            return null;
        }

        return int.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw Conflict(operation, stateName, grainId, etag);
    }

    private InconsistentStateException Conflict(string operation, string stateName, GrainId grainId, string? etag)
    {
        LogConflict(logger, operation, name, stateName, grainId.Type.ToString(), etag);
        return new InconsistentStateException(
            $"Version conflict ({operation}): ServiceId={serviceId} ProviderName={name} StateName={stateName} GrainType={grainId.Type} ETag={etag}.");
    }

    private T CreateDefault<T>() => activators.GetActivator<T>().Create();

    // Only the grain type: a grain key can be a personal identifier, and payloads are personal data.
    [LoggerMessage(EventId = 3001, EventName = "GrainStateConflict", Level = LogLevel.Debug,
        Message = "{Operation} refused by storage {Provider}: state {StateName} of a {GrainType} grain is not at ETag {ETag}.")]
    private static partial void LogConflict(ILogger logger, string operation, string provider, string stateName, string grainType, string? etag);
}
