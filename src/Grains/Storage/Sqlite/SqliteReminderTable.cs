using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CaseFlow.Grains.Storage.Sqlite;

/// <summary>
/// Orleans reminder table on SQLite for single-node mode. The version column is the ETag and changes on every
/// upsert; a delete succeeds only with the current ETag.
/// </summary>
/// <remarks>The schema comes from the migrator, which the host runs before the silo starts, so Init does nothing.</remarks>
public sealed class SqliteReminderTable(CaseFlowDatabase database, IOptions<ClusterOptions> cluster) : IReminderTable
{
    private const string Columns = "SELECT grain_id, reminder_name, start_time, period_ms, version FROM cf_reminders ";

    private readonly string serviceId = cluster.Value.ServiceId;

    public Task Init() => Task.CompletedTask;

    public Task<ReminderTableData> ReadRows(GrainId grainId) => ReadRows(grainId, CancellationToken.None);

    public Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken) =>
        QueryAsync(Columns + "WHERE service_id = @service AND grain_id = @grain",
            c => c.AddParameter("grain", grainId.ToString()), cancellationToken);

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => ReadRows(begin, end, CancellationToken.None);

    /// <summary>
    /// Reminders whose grain hash lies in the ring range (begin, end]; when begin is not below end the range wraps
    /// past the top of the ring (and begin == end is the whole ring).
    /// </summary>
    public Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken)
    {
        var range = begin < end
            ? "grain_hash > @begin AND grain_hash <= @end"
            : "(grain_hash > @begin OR grain_hash <= @end)";
        return QueryAsync(Columns + "WHERE service_id = @service AND " + range,
            c => c.AddParameter("begin", (long)begin).AddParameter("end", (long)end), cancellationToken);
    }

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => ReadRow(grainId, reminderName, CancellationToken.None);

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken)
    {
        var data = await QueryAsync(Columns + "WHERE service_id = @service AND grain_id = @grain AND reminder_name = @name",
            c => c.AddParameter("grain", grainId.ToString()).AddParameter("name", reminderName), cancellationToken).ConfigureAwait(false);

        // Orleans treats a null entry as "no such reminder", as the other reminder tables return it.
        return data.Reminders.Count == 0 ? null : data.Reminders[0];
    }

    public Task<string?> UpsertRow(ReminderEntry entry) => UpsertRow(entry, CancellationToken.None);

    public async Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        const string sql =
            "INSERT INTO cf_reminders (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version) " +
            "VALUES (@service, @grain, @name, @start, @period, @hash, 0) " +
            "ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE SET start_time = excluded.start_time, " +
            "period_ms = excluded.period_ms, grain_hash = excluded.grain_hash, version = cf_reminders.version + 1 " +
            "RETURNING version";

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql, null);
        command.AddParameter("service", serviceId)
            .AddParameter("grain", entry.GrainId.ToString())
            .AddParameter("name", entry.ReminderName)
            .AddParameter("start", ToUtc(entry.StartAt).ToStorageText())
            .AddParameter("period", (long)entry.Period.TotalMilliseconds)
            .AddParameter("hash", (long)entry.GrainId.GetUniformHashCode());
        var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(version, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => RemoveRow(grainId, reminderName, eTag, CancellationToken.None);

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken)
    {
        if (!long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "DELETE FROM cf_reminders WHERE service_id = @service AND grain_id = @grain AND reminder_name = @name AND version = @version", null);
        command.AddParameter("service", serviceId).AddParameter("grain", grainId.ToString())
            .AddParameter("name", reminderName).AddParameter("version", version);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public Task TestOnlyClearTable() => TestOnlyClearTable(CancellationToken.None);

    public async Task TestOnlyClearTable(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("DELETE FROM cf_reminders WHERE service_id = @service", null);
        command.AddParameter("service", serviceId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<ReminderTableData> QueryAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql, null);
        command.AddParameter("service", serviceId);
        bind(command);

        var entries = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                ReminderName = reader.GetString(1),
                StartAt = DateTime.ParseExact(reader.GetString(2), StartTimeFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                Period = TimeSpan.FromMilliseconds(reader.GetInt64(3)),
                ETag = reader.GetInt64(4).ToString(CultureInfo.InvariantCulture),
            });
        }

        return new ReminderTableData(entries);
    }

    // The format DbCommandExtensions.ToStorageText writes.
    private const string StartTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private static DateTimeOffset ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
