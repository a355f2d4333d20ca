using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Messages;

/// <summary><see cref="IBufferedMessageStore"/> on <c>cf_buffered_messages</c> (migration 018), the same SQL on SQLite and PostgreSQL.</summary>
/// <remarks>
/// A claim is one <c>UPDATE … WHERE state = 'waiting'</c>: the database lets exactly one of two racing updates change
/// the row, and the loser sees no row changed. The sender's message id is unique, so a second insert under it does
/// nothing and the first row is read back.
/// </remarks>
public sealed class SqlBufferedMessageStore(CaseFlowDatabase database) : IBufferedMessageStore
{
    // More waiting copies than this for one name and business key are taken on later subscriptions, not scanned now.
    private const int CandidateLimit = 20;

    private const string Columns =
        "buffer_id, message_id, message_name, business_key, correlation_json, variables_json, scope_json, published_by, " +
        "published_at, expires_at, state, instance_id";

    private static readonly JsonSerializerOptions ScopeJson = new(JsonSerializerDefaults.Web);

    public async Task<BufferedMessage> BufferAsync(BufferedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var insert = connection.CreateCommand(
            $"INSERT INTO cf_buffered_messages ({Columns}) VALUES (@id, @messageId, @name, @bk, @correlation, @variables, @scope, @by, " +
            "@at, @expires, @state, NULL) ON CONFLICT (message_id) DO NOTHING", null))
        {
            insert.AddParameter("id", message.BufferId)
                .AddParameter("messageId", message.MessageId)
                .AddParameter("name", message.MessageName)
                .AddParameter("bk", message.BusinessKey)
                .AddParameter("correlation", message.CorrelationJson)
                .AddParameter("variables", message.VariablesJson)
                .AddParameter("scope", JsonSerializer.Serialize(message.Scope, ScopeJson))
                .AddParameter("by", message.PublishedBy)
                .AddParameter("at", message.PublishedAt.ToStorageText())
                .AddParameter("expires", message.ExpiresAt.ToStorageText())
                .AddParameter("state", BufferedMessageStates.Waiting);
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1 || message.MessageId is null)
            {
                return message;
            }
        }

        return await FindByMessageIdAsync(message.MessageId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A buffered message id conflicted, yet no row holds it.");
    }

    public async Task<BufferedMessage?> FindByMessageIdAsync(string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        var rows = await QueryAsync($"SELECT {Columns} FROM cf_buffered_messages WHERE message_id = @messageId", c => c.AddParameter("messageId", messageId), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<BufferedMessage>> CandidatesAsync(string messageName, string businessKey, string instanceId, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM cf_buffered_messages WHERE message_name = @name AND business_key = @bk " +
            "AND (state = @waiting OR (state = @claimed AND instance_id = @instance)) ORDER BY seq LIMIT @limit",
            c => c.AddParameter("name", messageName).AddParameter("bk", businessKey).AddParameter("instance", instanceId)
                .AddParameter("waiting", BufferedMessageStates.Waiting).AddParameter("claimed", BufferedMessageStates.Claimed)
                .AddParameter("limit", CandidateLimit),
            cancellationToken);

    public async Task<bool> TryClaimAsync(string bufferId, string instanceId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "UPDATE cf_buffered_messages SET state = @claimed, instance_id = @instance, claimed_at = @now " +
            "WHERE buffer_id = @id AND state = @waiting AND expires_at > @now",
            c => c.AddParameter("id", bufferId).AddParameter("instance", instanceId).AddParameter("now", now.ToStorageText())
                .AddParameter("waiting", BufferedMessageStates.Waiting).AddParameter("claimed", BufferedMessageStates.Claimed),
            cancellationToken).ConfigureAwait(false) == 1;

    public Task MarkDeliveredAsync(string bufferId, string instanceId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "UPDATE cf_buffered_messages SET state = @delivered, closed_at = @now WHERE buffer_id = @id AND state = @claimed AND instance_id = @instance",
            c => c.AddParameter("id", bufferId).AddParameter("instance", instanceId).AddParameter("now", now.ToStorageText())
                .AddParameter("claimed", BufferedMessageStates.Claimed).AddParameter("delivered", BufferedMessageStates.Delivered),
            cancellationToken);

    public Task ReleaseAsync(string bufferId, string instanceId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "UPDATE cf_buffered_messages SET state = @waiting, instance_id = NULL, claimed_at = NULL " +
            "WHERE buffer_id = @id AND state = @claimed AND instance_id = @instance",
            c => c.AddParameter("id", bufferId).AddParameter("instance", instanceId)
                .AddParameter("waiting", BufferedMessageStates.Waiting).AddParameter("claimed", BufferedMessageStates.Claimed),
            cancellationToken);

    public async Task<bool> TryDropAsync(string bufferId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "UPDATE cf_buffered_messages SET state = @dropped, closed_at = @now WHERE buffer_id = @id AND state = @waiting AND expires_at <= @now",
            c => c.AddParameter("id", bufferId).AddParameter("now", now.ToStorageText())
                .AddParameter("waiting", BufferedMessageStates.Waiting).AddParameter("dropped", BufferedMessageStates.Dropped),
            cancellationToken).ConfigureAwait(false) == 1;

    public Task<IReadOnlyList<BufferedMessage>> ExpiredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM cf_buffered_messages WHERE state = @waiting AND expires_at <= @now ORDER BY seq LIMIT @limit",
            c => c.AddParameter("waiting", BufferedMessageStates.Waiting).AddParameter("now", now.ToStorageText()).AddParameter("limit", limit),
            cancellationToken);

    public Task<IReadOnlyList<BufferedMessage>> ClaimedByAsync(string instanceId, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM cf_buffered_messages WHERE state = @claimed AND instance_id = @instance ORDER BY seq",
            c => c.AddParameter("claimed", BufferedMessageStates.Claimed).AddParameter("instance", instanceId),
            cancellationToken);

    public Task<int> PruneClosedAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "DELETE FROM cf_buffered_messages WHERE state IN (@delivered, @dropped) AND closed_at < @before",
            c => c.AddParameter("delivered", BufferedMessageStates.Delivered).AddParameter("dropped", BufferedMessageStates.Dropped)
                .AddParameter("before", before.ToStorageText()),
            cancellationToken);

    private async Task<int> ExecuteAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql, null);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<BufferedMessage>> QueryAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql, null);
        bind(command);
        var rows = new List<BufferedMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new BufferedMessage(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                JsonSerializer.Deserialize<JurisdictionScope>(reader.GetString(6), ScopeJson) ?? JurisdictionScope.None,
                reader.GetString(7),
                ParseTime(reader.GetString(8)),
                ParseTime(reader.GetString(9)),
                reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetString(11)));
        }

        return rows;
    }

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
