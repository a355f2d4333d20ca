using System.Data.Common;
using System.Globalization;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Notifications.Webhooks;

/// <summary>Webhook subscriptions (<c>nt_webhooks</c>) and the delivery side of the outbox (<c>nt_webhook_outbox</c>).</summary>
/// <remarks>Outbox rows are inserted by the notification producer in the projector's transaction, never here.</remarks>
public sealed class WebhookStore(CaseFlowDatabase database)
{
    public const int MaxPageSize = 200;

    private const string SubscriptionColumns = "id, url, kinds, description, active, created_at, created_by";

    public async Task CreateAsync(string id, string url, string secret, IEnumerable<string> kinds, string? description, string createdBy, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "INSERT INTO nt_webhooks (id, url, secret, kinds, description, active, created_at, created_by) " +
            "VALUES (@id, @url, @secret, @kinds, @description, 1, @now, @by)", null);
        command.AddParameter("id", id).AddParameter("url", url).AddParameter("secret", secret).AddParameter("kinds", WebhookKinds.Format(kinds))
            .AddParameter("description", description).AddParameter("now", now.ToStorageText()).AddParameter("by", createdBy);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every subscription, deleted ones included, oldest first.</summary>
    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand($"SELECT {SubscriptionColumns} FROM nt_webhooks ORDER BY created_at, id", null);
        return await ReadSubscriptionsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<WebhookSubscription?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand($"SELECT {SubscriptionColumns} FROM nt_webhooks WHERE id = @id", null);
        command.AddParameter("id", id);
        return (await ReadSubscriptionsAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <summary>Deactivates a subscription and cancels its pending deliveries; false when there is no such subscription.</summary>
    public async Task<bool> DeactivateAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.CreateCommand("UPDATE nt_webhooks SET active = 0 WHERE id = @id", transaction);
        update.AddParameter("id", id);
        if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }

        await using var cancel = connection.CreateCommand(
            "UPDATE nt_webhook_outbox SET status = @cancelled WHERE webhook_id = @id AND status = @pending", transaction);
        cancel.AddParameter("cancelled", WebhookDeliveryStatus.Cancelled).AddParameter("id", id).AddParameter("pending", WebhookDeliveryStatus.Pending);
        await cancel.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A page of one subscription's deliveries, newest first, optionally of one status.</summary>
    public async Task<WebhookDeliveryPage> ListDeliveriesAsync(string webhookId, string? status, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var filter = "webhook_id = @id" + (status is null ? string.Empty : " AND status = @status");
        void Bind(DbCommand command)
        {
            command.AddParameter("id", webhookId);
            if (status is not null)
            {
                command.AddParameter("status", status);
            }
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        long total;
        await using (var count = connection.CreateCommand($"SELECT COUNT(*) FROM nt_webhook_outbox WHERE {filter}", null))
        {
            Bind(count);
            total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        await using var select = connection.CreateCommand(
            "SELECT id, event_id, kind, status, attempts, next_attempt_at, last_attempt_at, last_status_code, last_error, delivered_at, created_at " +
            $"FROM nt_webhook_outbox WHERE {filter} ORDER BY id DESC LIMIT @limit OFFSET @offset", null);
        Bind(select);
        select.AddParameter("limit", pageSize).AddParameter("offset", (page - 1) * pageSize);
        var items = new List<WebhookDelivery>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(new WebhookDelivery(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture),
                Time(reader, 5)!.Value, Time(reader, 6),
                reader.IsDBNull(7) ? null : Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                Time(reader, 9), Time(reader, 10)!.Value));
        }

        return new WebhookDeliveryPage(items, page, pageSize, total);
    }

    /// <summary>
    /// Takes up to <paramref name="limit"/> due deliveries of active subscriptions and leases them: their next attempt
    /// moves to <paramref name="leaseUntil"/>, so no other node takes them meanwhile, and a node that dies mid-delivery
    /// leaves them due again once the lease passes.
    /// </summary>
    public async Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<OutboxItem>();
        await using (var select = connection.CreateCommand(
            "SELECT o.id, o.webhook_id, w.url, w.secret, o.event_id, o.payload, o.attempts FROM nt_webhook_outbox o " +
            "JOIN nt_webhooks w ON w.id = o.webhook_id " +
            "WHERE o.status = @pending AND o.next_attempt_at <= @now AND w.active = 1 ORDER BY o.next_attempt_at, o.id LIMIT @limit" +
            (database.Dialect == SqlDialect.Postgres ? " FOR UPDATE OF o SKIP LOCKED" : string.Empty), transaction))
        {
            select.AddParameter("pending", WebhookDeliveryStatus.Pending).AddParameter("now", now.ToStorageText()).AddParameter("limit", limit);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(new OutboxItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), reader.GetString(5), Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture)));
            }
        }

        foreach (var item in items)
        {
            await using var lease = connection.CreateCommand("UPDATE nt_webhook_outbox SET next_attempt_at = @lease WHERE id = @id", transaction);
            lease.AddParameter("lease", leaseUntil.ToStorageText()).AddParameter("id", item.Id);
            await lease.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return items;
    }

    /// <summary>Queues a failed delivery of an active subscription again, as new; false when there is no such failed delivery.</summary>
    public async Task<bool> RequeueFailedAsync(string webhookId, long deliveryId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "UPDATE nt_webhook_outbox SET status = @pending, attempts = 0, next_attempt_at = @now " +
            "WHERE id = @id AND webhook_id = @webhook AND status = @failed AND EXISTS (SELECT 1 FROM nt_webhooks w WHERE w.id = @webhook AND w.active = 1)", null);
        command.AddParameter("pending", WebhookDeliveryStatus.Pending).AddParameter("now", now.ToStorageText()).AddParameter("id", deliveryId)
            .AddParameter("webhook", webhookId).AddParameter("failed", WebhookDeliveryStatus.Failed);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Records a 2xx answer.</summary>
    public Task RecordDeliveredAsync(long id, int statusCode, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        RecordAsync(
            "UPDATE nt_webhook_outbox SET status = @status, attempts = attempts + 1, last_attempt_at = @now, last_status_code = @code, " +
            "last_error = NULL, delivered_at = @now WHERE id = @id",
            [("status", WebhookDeliveryStatus.Delivered), ("now", now.ToStorageText()), ("code", statusCode), ("id", id)],
            cancellationToken);

    /// <summary>Records a failed attempt: pending again at <paramref name="retryAt"/>, or failed for good when it is null.</summary>
    public Task RecordFailedAttemptAsync(long id, int? statusCode, string error, DateTimeOffset now, DateTimeOffset? retryAt, CancellationToken cancellationToken = default) =>
        RecordAsync(
            "UPDATE nt_webhook_outbox SET status = @status, attempts = attempts + 1, last_attempt_at = @now, last_status_code = @code, " +
            "last_error = @error, next_attempt_at = @next WHERE id = @id",
            [("status", retryAt is null ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending), ("now", now.ToStorageText()),
             ("code", statusCode), ("error", error), ("next", (retryAt ?? now).ToStorageText()), ("id", id)],
            cancellationToken);

    private async Task RecordAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql, null);
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<WebhookSubscription>> ReadSubscriptionsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var items = new List<WebhookSubscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(new WebhookSubscription(
                reader.GetString(0), reader.GetString(1), WebhookKinds.Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture) != 0,
                Time(reader, 5)!.Value, reader.GetString(6)));
        }

        return items;
    }

    private static DateTimeOffset? Time(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : NotificationStore.ParseTime(reader.GetString(ordinal));
}
