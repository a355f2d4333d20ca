using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Instances.ReadModel;

/// <summary>Instance lists and external-job candidates served from <c>rm_instances</c> and <c>rm_external_jobs</c>.</summary>
/// <remarks>
/// Eventually consistent with the grains (projection lag). One instance after a command comes from its grain; the
/// lock a worker is granted is decided by the instance, so a stale candidate costs a refused lock, never a double one.
/// </remarks>
public sealed class InstanceQueries(CaseFlowDatabase database)
{
    private const string Columns =
        "instance_id, process_key, process_version, status, business_key, person_id, petition_id, jurisdiction_code, " +
        "started_at, ended_at, active_element_ids, open_incidents, open_tasks, next_timer_at";

    public async Task<InstanceListPage> ListAsync(InstanceListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > InstanceListQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "Page must be at least 1 and page size between 1 and 100.");
        }

        var parameters = new SqlParameters();
        var where = BuildWhere(query, parameters);

        // Newest first; byte order on both backends so both page identically.
        var order = database.Dialect == SqlDialect.Postgres
            ? "started_at COLLATE \"C\" DESC, instance_id COLLATE \"C\" DESC"
            : "started_at DESC, instance_id DESC";

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        int total;
        await using (var count = connection.CreateCommand("SELECT COUNT(*) FROM rm_instances" + where, null))
        {
            parameters.ApplyTo(count);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        var items = new List<InstanceListItem>();
        await using (var select = connection.CreateCommand($"SELECT {Columns} FROM rm_instances{where} ORDER BY {order} LIMIT @limit OFFSET @offset", null))
        {
            parameters.ApplyTo(select);
            select.AddParameter("limit", query.PageSize).AddParameter("offset", (query.Page - 1) * query.PageSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(Read(reader));
            }
        }

        return new InstanceListPage(items, query.Page, query.PageSize, total);
    }

    /// <summary>Offered jobs on the given topics whose lock is absent or lapsed at <paramref name="now"/>, oldest offer first.</summary>
    public async Task<IReadOnlyList<ExternalJobCandidate>> JobCandidatesAsync(
        IReadOnlyCollection<string> topics, DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (topics.Count == 0 || limit < 1)
        {
            return [];
        }

        var parameters = new SqlParameters();
        var inList = string.Join(", ", topics.Select((topic, i) => parameters.Add("topic" + i.ToString(CultureInfo.InvariantCulture), topic)));
        var sql =
            "SELECT job_id, instance_id, process_key, element_id, topic, attempt FROM rm_external_jobs " +
            $"WHERE topic IN ({inList}) AND (lock_expires_at IS NULL OR lock_expires_at <= {parameters.Add("now", now.ToStorageText())}) " +
            "ORDER BY offered_at, job_id LIMIT @limit";

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql, null);
        parameters.ApplyTo(command);
        command.AddParameter("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var candidates = new List<ExternalJobCandidate>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            candidates.Add(new ExternalJobCandidate(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture)));
        }

        return candidates;
    }

    private static string BuildWhere(InstanceListQuery query, SqlParameters parameters)
    {
        var clauses = new List<string>();
        if (query.Scope is { County: false } scope)
        {
            clauses.Add(ScopeClause(scope, parameters));
        }

        AddExact(clauses, parameters, "process_key", query.ProcessKey);
        AddExact(clauses, parameters, "status", query.Status);
        AddExact(clauses, parameters, "business_key", query.BusinessKey);
        AddExact(clauses, parameters, "person_id", query.PersonId);
        AddExact(clauses, parameters, "petition_id", query.PetitionId);
        if (query.HasIncidents is { } hasIncidents)
        {
            clauses.Add(hasIncidents ? "open_incidents > 0" : "open_incidents = 0");
        }

        if (query.StartedAfter is { } after)
        {
            clauses.Add("started_at >= " + parameters.Add("after", after.ToStorageText()));
        }

        if (query.StartedBefore is { } before)
        {
            clauses.Add("started_at < " + parameters.Add("before", before.ToStorageText()));
        }

        return clauses.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", clauses);
    }

    private static void AddExact(List<string> clauses, SqlParameters parameters, string column, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            clauses.Add(column + " = " + parameters.Add(column, value.Trim()));
        }
    }

    // The caller's jurisdictions are part of the WHERE clause, so rows outside them are never read, counted or paged
    // over. Towns cover their villages through town_code; an empty scope matches nothing rather than everything.
    private static string ScopeClause(JurisdictionScope scope, SqlParameters parameters)
    {
        var parts = new List<string>();
        if (scope.Towns.Count > 0)
        {
            parts.Add("town_code IN (" + string.Join(", ", scope.Towns.Select((code, i) => parameters.Add("scope_town" + i.ToString(CultureInfo.InvariantCulture), code))) + ")");
        }

        if (scope.Villages.Count > 0)
        {
            parts.Add("jurisdiction_code IN (" + string.Join(", ", scope.Villages.Select((code, i) => parameters.Add("scope_village" + i.ToString(CultureInfo.InvariantCulture), code))) + ")");
        }

        return parts.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", parts) + ")";
    }

    private static InstanceListItem Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
        reader.GetString(3),
        NullableString(reader, 4),
        NullableString(reader, 5),
        NullableString(reader, 6),
        NullableString(reader, 7),
        NullableTime(reader, 8),
        NullableTime(reader, 9),
        JsonSerializer.Deserialize<string[]>(reader.GetString(10)) ?? [],
        Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture),
        Convert.ToInt32(reader.GetValue(12), CultureInfo.InvariantCulture),
        NullableTime(reader, 13));

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? NullableTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal)
            ? null
            : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
