using System.Globalization;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Api.Common.Idempotency;

/// <summary>The <c>cf_idempotency</c> table: claim a key, record the first response, or release the claim.</summary>
public sealed class IdempotencyStore(CaseFlowDatabase database)
{
    /// <summary>Claims the key for this request; false when a record for the key already exists.</summary>
    /// <remarks>The unique key makes two concurrent first requests race on the insert: exactly one wins.</remarks>
    public async Task<bool> TryClaimAsync(string keyHash, string requestHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "INSERT INTO cf_idempotency (key_hash, request_hash, state, created_at) VALUES (@key, @request, 'pending', @at) " +
            "ON CONFLICT (key_hash) DO NOTHING", null);
        command.AddParameter("key", keyHash).AddParameter("request", requestHash).AddParameter("at", now.ToStorageText());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IdempotencyRecord?> FindAsync(string keyHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "SELECT request_hash, state, status, content_type, location, etag, body, created_at FROM cf_idempotency WHERE key_hash = @key", null);
        command.AddParameter("key", keyHash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new IdempotencyRecord(
            reader.GetString(0),
            reader.GetString(1) == "done",
            reader.IsDBNull(2) ? null : reader.GetInt32(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetFieldValue<byte[]>(6),
            DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }

    public async Task CompleteAsync(string keyHash, int status, string? contentType, string? location, string? etag, byte[] body, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "UPDATE cf_idempotency SET state = 'done', status = @status, content_type = @type, location = @location, etag = @etag, body = @body " +
            "WHERE key_hash = @key", null);
        command.AddParameter("key", keyHash).AddParameter("status", status).AddParameter("type", contentType)
            .AddParameter("location", location).AddParameter("etag", etag).AddParameter("body", body);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops a pending claim (the request failed, or its claim was abandoned before <paramref name="olderThan"/>).</summary>
    public async Task ReleaseAsync(string keyHash, DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "DELETE FROM cf_idempotency WHERE key_hash = @key AND state = 'pending' AND created_at < @before", null);
        command.AddParameter("key", keyHash).AddParameter("before", olderThan.ToStorageText());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets every record older than the retention window.</summary>
    public async Task PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("DELETE FROM cf_idempotency WHERE created_at < @before", null);
        command.AddParameter("before", before.ToStorageText());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
