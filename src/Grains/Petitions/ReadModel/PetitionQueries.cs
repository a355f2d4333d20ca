using System.Data.Common;
using System.Globalization;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Petitions.ReadModel;

/// <summary>The petition tracker and its statistics, served from <c>rm_petitions</c> and filtered in SQL.</summary>
/// <remarks>Eventually consistent with the grains; a single petition after a command is read from its grain.</remarks>
public sealed class PetitionQueries(CaseFlowDatabase database)
{
    private const string Columns =
        "petition_id, person_id, town_code, village_code, channel, item_type, matter_category, status, stage, received_on, accepted_on, " +
        "clock, warn_on, due_on, notice_due_on, handling_due_on, extended, notice_late, handling_late, repeat_of, outcome, satisfaction, " +
        "closed_on, version";

    // Windows are periods the petitioner may use, not staff deadlines: they never turn amber or red.
    private const string DeadlineClock = "clock IN ('notice', 'handling', 'review', 'reReview')";
    private const string OverdueSql = "(" + DeadlineClock + " AND due_on < @today)";
    private const string AtRiskSql = "(" + DeadlineClock + " AND due_on >= @today AND warn_on <= @today)";
    private const string GreenSql = "(" + DeadlineClock + " AND warn_on > @today)";

    public async Task<PetitionListPage> ListAsync(PetitionListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > PetitionListQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "Page must be at least 1 and page size between 1 and 100.");
        }

        var (where, parameters) = BuildWhere(query);
        var id = database.Dialect == SqlDialect.Postgres ? "petition_id COLLATE \"C\"" : "petition_id";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        int total;
        await using (var count = connection.CreateCommand("SELECT COUNT(*) FROM rm_petitions" + where, null))
        {
            AddAll(count, parameters);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        var items = new List<PetitionListItem>();
        var sql = $"SELECT {Columns} FROM rm_petitions{where} ORDER BY CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, due_on, {id} LIMIT @limit OFFSET @offset";
        await using (var select = connection.CreateCommand(sql, null))
        {
            AddAll(select, parameters);
            select.AddParameter("limit", query.PageSize).AddParameter("offset", (query.Page - 1) * query.PageSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(Read(reader, query.Today));
            }
        }

        return new PetitionListPage(items, query.Page, query.PageSize, total);
    }

    /// <summary>Counts over every petition in the scope (closed ones included), as of <paramref name="today"/>.</summary>
    public async Task<PetitionStats> StatsAsync(DateOnly today, PetitionScope? scope, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = BuildWhere(new PetitionListQuery(today, Scope: scope) { IncludeClosed = true });
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var totals = new int[8];
        var sql = "SELECT COUNT(*), " +
            "COALESCE(SUM(CASE WHEN status <> 'Closed' THEN 1 ELSE 0 END), 0), " +
            $"COALESCE(SUM(CASE WHEN {OverdueSql} THEN 1 ELSE 0 END), 0), " +
            $"COALESCE(SUM(CASE WHEN {AtRiskSql} THEN 1 ELSE 0 END), 0), " +
            "COALESCE(SUM(extended), 0), COALESCE(SUM(notice_late), 0), COALESCE(SUM(handling_late), 0), " +
            "COALESCE(SUM(CASE WHEN repeat_of IS NOT NULL THEN 1 ELSE 0 END), 0) FROM rm_petitions" + where;
        await using (var command = connection.CreateCommand(sql, null))
        {
            AddAll(command, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] = Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);
            }
        }

        return new PetitionStats(
            totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], totals[6], totals[7],
            await CountByAsync(connection, "status", where, parameters, cancellationToken).ConfigureAwait(false),
            await CountByAsync(connection, "channel", where, parameters, cancellationToken).ConfigureAwait(false),
            await CountByAsync(connection, "item_type", where, parameters, cancellationToken).ConfigureAwait(false),
            await CountByAsync(connection, "outcome", where, parameters, cancellationToken).ConfigureAwait(false),
            await CountByAsync(connection, "satisfaction", where, parameters, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IReadOnlyDictionary<string, int>> CountByAsync(
        DbConnection connection, string column, string where, List<KeyValuePair<string, object>> parameters, CancellationToken cancellationToken)
    {
        var filter = (where.Length == 0 ? " WHERE " : where + " AND ") + column + " IS NOT NULL";
        await using var command = connection.CreateCommand($"SELECT {column}, COUNT(*) FROM rm_petitions{filter} GROUP BY {column}", null);
        AddAll(command, parameters);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static (string Where, List<KeyValuePair<string, object>> Parameters) BuildWhere(PetitionListQuery query)
    {
        var clauses = new List<string>();
        var parameters = new List<KeyValuePair<string, object>> { new("today", Date(query.Today)) };
        if (query.Scope is { } scope)
        {
            if (!scope.Jurisdiction.County)
            {
                var parts = new List<string>();
                if (scope.Jurisdiction.Towns.Count > 0)
                {
                    parts.Add("town_code IN (" + string.Join(", ", scope.Jurisdiction.Towns.Select((c, i) => Add(parameters, "scope_town" + i, c))) + ")");
                }

                if (scope.Jurisdiction.Villages.Count > 0)
                {
                    parts.Add("village_code IN (" + string.Join(", ", scope.Jurisdiction.Villages.Select((c, i) => Add(parameters, "scope_village" + i, c))) + ")");
                }

                clauses.Add(parts.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", parts) + ")");
            }

            // Art. 30 ¶3: report-of-wrongdoing items are never shown outside the roles allowed to handle them.
            if (!scope.Restricted)
            {
                clauses.Add("item_type <> '" + nameof(PetitionItemType.ReportOfWrongdoing) + "'");
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            clauses.Add("status = @status");
            parameters.Add(new("status", query.Status.Trim()));
        }
        else if (!query.IncludeClosed)
        {
            clauses.Add("status <> 'Closed'");
        }

        if (!string.IsNullOrWhiteSpace(query.Stage))
        {
            clauses.Add("stage = @stage");
            parameters.Add(new("stage", query.Stage.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.PersonId))
        {
            clauses.Add("person_id = @person");
            parameters.Add(new("person", query.PersonId.Trim()));
        }

        if (query.Overdue is { } overdue)
        {
            clauses.Add(overdue ? OverdueSql : "(clock IS NULL OR clock NOT IN ('notice', 'handling', 'review', 'reReview') OR due_on >= @today)");
        }

        switch (query.Colour?.Trim().ToUpperInvariant())
        {
            case "RED":
                clauses.Add(OverdueSql);
                break;
            case "AMBER":
                clauses.Add(AtRiskSql);
                break;
            case "GREEN":
                clauses.Add(GreenSql);
                break;
        }

        return (clauses.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", clauses), parameters);
    }

    private static string Add(List<KeyValuePair<string, object>> parameters, string name, string value)
    {
        parameters.Add(new(name, value));
        return "@" + name;
    }

    private static void AddAll(DbCommand command, List<KeyValuePair<string, object>> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            // Each statement names @today only where it needs it; PostgreSQL refuses parameters a statement never uses.
            if (command.CommandText.Contains("@" + name, StringComparison.Ordinal))
            {
                command.AddParameter(name, value);
            }
        }
    }

    private static PetitionListItem Read(DbDataReader reader, DateOnly today)
    {
        var clock = reader.IsDBNull(11) ? null : reader.GetString(11);
        var warn = DateOrNull(reader, 12);
        var due = DateOrNull(reader, 13);
        var deadline = clock is not null && !PetitionClockNames.IsWindow(clock);
        var overdue = deadline && due < today;
        var colour = !deadline ? "none" : overdue ? "red" : warn <= today ? "amber" : "green";
        return new PetitionListItem(
            reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetString(4),
            reader.GetString(5),
            reader.GetString(6),
            reader.GetString(7),
            reader.GetString(8),
            DateOrNull(reader, 9)!.Value,
            DateOrNull(reader, 10),
            clock,
            due,
            due is { } d ? d.DayNumber - today.DayNumber : null,
            colour,
            overdue,
            DateOrNull(reader, 14),
            DateOrNull(reader, 15),
            Flag(reader, 16),
            Flag(reader, 17),
            Flag(reader, 18),
            reader.IsDBNull(19) ? null : reader.GetString(19),
            reader.IsDBNull(20) ? null : reader.GetString(20),
            reader.IsDBNull(21) ? null : reader.GetString(21),
            DateOrNull(reader, 22),
            Convert.ToInt32(reader.GetValue(23), CultureInfo.InvariantCulture));
    }

    private static bool Flag(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture) != 0;

    private static DateOnly? DateOrNull(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
