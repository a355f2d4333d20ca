using System.Data.Common;
using System.Globalization;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Notifications;

/// <summary>Reads and marks one user's inbox in <c>nt_notifications</c>; every statement is scoped to the recipient.</summary>
public sealed class NotificationStore(CaseFlowDatabase database)
{
    public const int MaxPageSize = 200;

    private const string Columns =
        "id, kind, title, instance_id, process_key, process_name, task_id, task_name, jurisdiction_code, occurred_at, created_at, read_at";

    /// <summary>A page of the recipient's inbox, newest first.</summary>
    public async Task<NotificationPage> ListAsync(string recipient, bool unreadOnly, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var filter = "recipient = @recipient" + (unreadOnly ? " AND read_at IS NULL" : string.Empty);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await CountAsync(connection, filter, recipient, cancellationToken).ConfigureAwait(false);
        var unread = unreadOnly ? total : await CountAsync(connection, "recipient = @recipient AND read_at IS NULL", recipient, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand($"SELECT {Columns} FROM nt_notifications WHERE {filter} ORDER BY id DESC LIMIT @limit OFFSET @offset", null);
        command.AddParameter("recipient", recipient).AddParameter("limit", pageSize).AddParameter("offset", (page - 1) * pageSize);
        return new NotificationPage(await ReadAllAsync(command, cancellationToken).ConfigureAwait(false), page, pageSize, total, unread);
    }

    /// <summary>The recipient's unread notifications.</summary>
    public async Task<long> CountUnreadAsync(string recipient, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await CountAsync(connection, "recipient = @recipient AND read_at IS NULL", recipient, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks one notification read (keeping the first read time); false when the recipient has no such notification.</summary>
    public async Task<bool> MarkReadAsync(string recipient, long id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var update = connection.CreateCommand(
            "UPDATE nt_notifications SET read_at = @now WHERE id = @id AND recipient = @recipient AND read_at IS NULL", null))
        {
            update.AddParameter("now", now.ToStorageText()).AddParameter("id", id).AddParameter("recipient", recipient);
            if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return true;
            }
        }

        return await CountAsync(connection, "recipient = @recipient AND id = @id", recipient, cancellationToken, ("id", id)).ConfigureAwait(false) == 1;
    }

    /// <summary>Marks every unread notification read, or only those up to <paramref name="upToId"/>; returns how many changed.</summary>
    public async Task<int> MarkAllReadAsync(string recipient, long? upToId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.CreateCommand(
            "UPDATE nt_notifications SET read_at = @now WHERE recipient = @recipient AND read_at IS NULL AND id <= @upTo", null);
        update.AddParameter("now", now.ToStorageText()).AddParameter("recipient", recipient).AddParameter("upTo", upToId ?? long.MaxValue);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The recipient's notifications with an id above <paramref name="afterId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Notification>> ReadAfterAsync(string recipient, long afterId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            $"SELECT {Columns} FROM nt_notifications WHERE recipient = @recipient AND id > @after ORDER BY id LIMIT @limit", null);
        command.AddParameter("recipient", recipient).AddParameter("after", afterId).AddParameter("limit", limit);
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The recipient's notifications written since <paramref name="since"/>, oldest first.</summary>
    /// <remarks>
    /// On PostgreSQL two projector transactions may commit ids out of order, so a stream that only asked for ids above
    /// the last one it sent could skip a row committed late; re-reading a short recent window catches it.
    /// </remarks>
    public async Task<IReadOnlyList<Notification>> ReadWrittenSinceAsync(string recipient, DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            $"SELECT {Columns} FROM nt_notifications WHERE recipient = @recipient AND created_at >= @since ORDER BY id LIMIT @limit", null);
        command.AddParameter("recipient", recipient).AddParameter("since", since.ToStorageText()).AddParameter("limit", limit);
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The highest notification id of the recipient, or 0.</summary>
    public async Task<long> LatestIdAsync(string recipient, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("SELECT MAX(id) FROM nt_notifications WHERE recipient = @recipient", null);
        command.AddParameter("recipient", recipient);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    private static async Task<long> CountAsync(
        DbConnection connection, string filter, string recipient, CancellationToken cancellationToken, (string Name, object Value)? extra = null)
    {
        await using var command = connection.CreateCommand($"SELECT COUNT(*) FROM nt_notifications WHERE {filter}", null);
        command.AddParameter("recipient", recipient);
        if (extra is { } p)
        {
            command.AddParameter(p.Name, p.Value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task<IReadOnlyList<Notification>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var items = new List<Notification>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(new Notification(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                Text(reader, 3),
                Text(reader, 4),
                Text(reader, 5),
                Text(reader, 6),
                Text(reader, 7),
                Text(reader, 8),
                ParseTime(reader.GetString(9)),
                ParseTime(reader.GetString(10)),
                reader.IsDBNull(11) ? null : ParseTime(reader.GetString(11))));
        }

        return items;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    internal static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
