using System.Data.Common;
using System.Globalization;
using CaseFlow.Grains.Storage;
using CaseFlow.Workflows.Sla;

namespace CaseFlow.Grains.Tasks.ReadModel;

/// <summary>The worklist served from <c>rm_tasks</c>: filtering, visibility, sorting and paging all in SQL.</summary>
/// <remarks>Eventually consistent with the grains; a single task after a command is read from its instance grain.</remarks>
public sealed class TaskQueries(CaseFlowDatabase database)
{
    private const string Columns =
        "task_id, instance_id, element_id, name, process_key, process_version, assignee, owner, delegation, candidate_users, " +
        "candidate_groups, jurisdiction_code, person_id, petition_id, business_key, priority, created_at, due_at, follow_up_at, " +
        "sla_warn_at, sla_breach_at, sla_paused, sla_provisional, revision, " + UrgencyColumn + ", " + OverdueListedColumn;

    // The urgency lives in rm_task_sla beside the row (DOMAIN.md §6.4); 0 for a row without one.
    private const string UrgencyColumn = "COALESCE((SELECT s.urgency FROM rm_task_sla s WHERE s.task_id = rm_tasks.task_id), 0)";

    // When the task went on the director's overdue list (DOMAIN.md §6.4); null for a task not on it.
    private const string OverdueListedColumn = "(SELECT o.listed_at FROM rm_task_overdue o WHERE o.task_id = rm_tasks.task_id)";

    public async Task<TaskListPage> ListAsync(TaskListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > TaskListQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "Page must be at least 1 and page size between 1 and 100.");
        }

        var filter = TaskSqlFilter.For(query.Viewer, query.Filter, query.Now);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await CountAsync(connection, filter, cancellationToken).ConfigureAwait(false);
        var items = new List<TaskListItem>();
        var sql = $"SELECT {Columns} FROM rm_tasks{filter.Where} ORDER BY {OrderBy(query.Sort, query.Descending)} LIMIT @limit OFFSET @offset";
        await using (var select = connection.CreateCommand(sql, null))
        {
            filter.AddTo(select);
            select.AddParameter("limit", query.PageSize).AddParameter("offset", (query.Page - 1) * query.PageSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(Read(reader, query.Now));
            }
        }

        return new TaskListPage(items, query.Page, query.PageSize, total);
    }

    /// <summary>How many tasks the viewer would see with this filter (the count beside a saved filter).</summary>
    public async Task<int> CountAsync(TaskViewer viewer, TaskFilter filter, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await CountAsync(connection, TaskSqlFilter.For(viewer, filter, now), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> CountAsync(DbConnection connection, TaskSqlFilter filter, CancellationToken cancellationToken)
    {
        await using var count = connection.CreateCommand("SELECT COUNT(*) FROM rm_tasks" + filter.Where, null);
        filter.AddTo(count);
        return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    // Rows without the sort value go last either way; the task id breaks ties so pages never overlap.
    private string OrderBy(string sort, bool descending)
    {
        var direction = descending ? " DESC" : " ASC";
        var text = database.Dialect == SqlDialect.Postgres ? " COLLATE \"C\"" : string.Empty;
        var key = sort switch
        {
            TaskSorts.Due => "(due_at IS NULL), due_at" + direction,
            TaskSorts.FollowUp => "(follow_up_at IS NULL), follow_up_at" + direction,
            TaskSorts.Priority => "priority" + direction,
            TaskSorts.Name => "(name IS NULL), name" + text + direction,
            TaskSorts.Sla => "(sla_breach_at IS NULL), sla_breach_at" + direction,
            TaskSorts.Urgency => "(sla_breach_at IS NULL), " + UrgencyColumn + direction,
            _ => "created_at" + direction,
        };
        return key + ", task_id" + text + direction;
    }

    private static TaskListItem Read(DbDataReader reader, DateTimeOffset now)
    {
        var warn = Instant(reader, 19);
        var breach = Instant(reader, 20);
        var paused = Convert.ToInt32(reader.GetValue(21), CultureInfo.InvariantCulture) != 0;
        return new TaskListItem(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            Text(reader, 3),
            reader.GetString(4),
            Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
            Text(reader, 6),
            Text(reader, 7),
            Text(reader, 8),
            Members(reader.GetString(9)),
            Members(reader.GetString(10)),
            Text(reader, 11),
            Text(reader, 12),
            Text(reader, 13),
            Text(reader, 14),
            Convert.ToInt32(reader.GetValue(15), CultureInfo.InvariantCulture),
            Instant(reader, 16)!.Value,
            Instant(reader, 17),
            Instant(reader, 18),
            new TaskSlaView(
                SlaStatuses.At(now, breach, warn, paused), breach, warn, Convert.ToInt32(reader.GetValue(22), CultureInfo.InvariantCulture) != 0,
                breach is null ? null : Convert.ToInt32(reader.GetValue(24), CultureInfo.InvariantCulture), Instant(reader, 25)),
            Convert.ToInt32(reader.GetValue(23), CultureInfo.InvariantCulture));
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? Instant(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal)
            ? null
            : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string[] Members(string stored) => stored.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
