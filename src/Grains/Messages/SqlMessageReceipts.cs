using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Messages;

/// <summary>Which instance a message id was delivered to (R57), in <c>cf_message_receipts</c> (migration 019).</summary>
/// <remarks>
/// Written after the delivery, so a crash in between leaves no receipt: the repeat then correlates again and the
/// instance, which took the first under the same command id, replays it (R5) when it still waits, or answers
/// <c>MessageNotCorrelated</c> when it has moved on. Two racing first deliveries both write; the first row stays.
/// </remarks>
public sealed class SqlMessageReceipts(CaseFlowDatabase database)
{
    /// <summary>How long a message id is remembered.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    /// <summary>The instance <paramref name="messageId"/> was delivered to within the retention window, or null.</summary>
    public async Task<string?> FindAsync(string messageId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "SELECT instance_id FROM cf_message_receipts WHERE message_id = @id AND delivered_at >= @horizon", null);
        command.AddParameter("id", messageId).AddParameter("horizon", (now - Retention).ToStorageText());
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Records the delivery (the first one for an id stays) and forgets receipts past the window.</summary>
    public async Task RecordAsync(string messageId, string instanceId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var prune = connection.CreateCommand("DELETE FROM cf_message_receipts WHERE delivered_at < @horizon", null))
        {
            prune.AddParameter("horizon", (now - Retention).ToStorageText());
            await prune.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var insert = connection.CreateCommand(
            "INSERT INTO cf_message_receipts (message_id, instance_id, delivered_at) VALUES (@id, @instance, @at) ON CONFLICT (message_id) DO NOTHING", null);
        insert.AddParameter("id", messageId).AddParameter("instance", instanceId).AddParameter("at", now.ToStorageText());
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
