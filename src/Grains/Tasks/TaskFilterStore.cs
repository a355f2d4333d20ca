using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.Tasks.ReadModel;

namespace CaseFlow.Grains.Tasks;

/// <summary>Saved worklist filters in <c>cf_task_filters</c>, one set per login; nobody reads another user's filters.</summary>
public sealed class TaskFilterStore(CaseFlowDatabase database)
{
    /// <summary>Filters one user may keep.</summary>
    public const int MaxPerUser = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Saves a filter; null when the owner already has one with this name or has reached <see cref="MaxPerUser"/>.</summary>
    public async Task<SavedTaskFilter?> SaveAsync(string owner, string name, TaskFilter filter, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var count = connection.CreateCommand("SELECT COUNT(*) FROM cf_task_filters WHERE owner = @owner", transaction))
        {
            count.AddParameter("owner", owner);
            if (Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) >= MaxPerUser)
            {
                return null;
            }
        }

        var saved = new SavedTaskFilter("F" + Guid.CreateVersion7().ToString("N", CultureInfo.InvariantCulture), name, filter, now);
        await using (var insert = connection.CreateCommand(
            "INSERT INTO cf_task_filters (filter_id, owner, name, query, created_at) VALUES (@id, @owner, @name, @query, @at) ON CONFLICT (owner, name) DO NOTHING",
            transaction))
        {
            insert.AddParameter("id", saved.Id).AddParameter("owner", owner).AddParameter("name", name)
                .AddParameter("query", JsonSerializer.Serialize(filter, Json)).AddParameter("at", now.ToStorageText());
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return null;
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return saved;
    }

    public async Task<IReadOnlyList<SavedTaskFilter>> ListAsync(string owner, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.CreateCommand(
            "SELECT filter_id, name, query, created_at FROM cf_task_filters WHERE owner = @owner ORDER BY created_at, filter_id", null);
        select.AddParameter("owner", owner);
        var list = new List<SavedTaskFilter>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(Read(reader));
        }

        return list;
    }

    /// <summary>Deletes one of the owner's filters; false when the owner has no filter with that id.</summary>
    public async Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = connection.CreateCommand("DELETE FROM cf_task_filters WHERE owner = @owner AND filter_id = @id", null);
        delete.AddParameter("owner", owner).AddParameter("id", id);
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private static SavedTaskFilter Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        JsonSerializer.Deserialize<TaskFilter>(reader.GetString(2), Json) ?? new TaskFilter(),
        DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
}
