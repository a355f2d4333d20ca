using System.Data.Common;
using System.Globalization;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Api.Audit;

/// <summary>Appends to and queries <c>cf_audit</c>; there is deliberately no update or delete.</summary>
public sealed class AuditStore(CaseFlowDatabase database)
{
    public const int MaxPageSize = 200;

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "INSERT INTO cf_audit (occurred_at, actor, roles, method, route, target_id, status, reason, trace_id) " +
            "VALUES (@at, @actor, @roles, @method, @route, @target, @status, @reason, @trace)", null);
        command.AddParameter("at", entry.OccurredAt.ToStorageText()).AddParameter("actor", entry.Actor).AddParameter("roles", entry.Roles)
            .AddParameter("method", entry.Method).AddParameter("route", entry.Route).AddParameter("target", entry.TargetId)
            .AddParameter("status", entry.Status).AddParameter("reason", entry.Reason).AddParameter("trace", entry.TraceId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page ?? 1);
        var pageSize = Math.Clamp(query.PageSize ?? 50, 1, MaxPageSize);
        var filters = Filters(query).ToList();
        var where = string.Concat(filters.Select(f => " AND " + f.Clause));
        void Bind(DbCommand command)
        {
            foreach (var (_, name, value) in filters)
            {
                command.AddParameter(name, value);
            }
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        long total;
        await using (var count = connection.CreateCommand("SELECT COUNT(*) FROM cf_audit WHERE 1 = 1" + where, null))
        {
            Bind(count);
            total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        await using var select = connection.CreateCommand(
            "SELECT seq, occurred_at, actor, roles, method, route, target_id, status, reason, trace_id FROM cf_audit WHERE 1 = 1" + where +
            " ORDER BY seq DESC LIMIT @limit OFFSET @offset", null);
        Bind(select);
        select.AddParameter("limit", pageSize).AddParameter("offset", (page - 1) * pageSize);
        var items = new List<AuditEntry>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(new AuditEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetString(9)));
        }

        return new AuditPage(items, page, pageSize, total);
    }

    private static IEnumerable<(string Clause, string Name, object Value)> Filters(AuditQuery query)
    {
        if (query.Actor is { Length: > 0 } actor)
        {
            yield return ("actor = @actor", "actor", actor);
        }

        if (query.TargetId is { Length: > 0 } target)
        {
            yield return ("target_id = @target", "target", target);
        }

        if (query.Method is { Length: > 0 } method)
        {
            yield return ("method = @method", "method", method.ToUpperInvariant());
        }

        if (query.From is { } from)
        {
            yield return ("occurred_at >= @from", "from", from.ToStorageText());
        }

        if (query.To is { } to)
        {
            yield return ("occurred_at < @to", "to", to.ToStorageText());
        }
    }
}
