using System.Data.Common;
using System.Globalization;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Processes.ReadModel;

/// <summary>Process lists served from <c>rm_process_versions</c>; never fans out over grains.</summary>
/// <remarks>
/// Eventually consistent with the grains (projection lag). The versions of one key after a command come from its grain.
/// Unpaged: an installation has tens of process keys, not thousands.
/// </remarks>
public sealed class ProcessQueries(CaseFlowDatabase database)
{
    private const string Published = "'" + ProcessVersionStatus.Published + "'";
    private const string Draft = "'" + ProcessVersionStatus.Draft + "'";
    private const string Retired = "'" + ProcessVersionStatus.Retired + "'";

    private static readonly string AggregateSql =
        "SELECT process_key, MAX(version) AS latest, " +
        $"MAX(CASE WHEN status = {Published} THEN version END) AS published, COUNT(*) AS total, " +
        $"SUM(CASE WHEN status = {Draft} THEN 1 ELSE 0 END) AS drafts, " +
        $"SUM(CASE WHEN status = {Published} THEN 1 ELSE 0 END) AS publisheds, " +
        $"SUM(CASE WHEN status = {Retired} THEN 1 ELSE 0 END) AS retireds " +
        "FROM rm_process_versions GROUP BY process_key";

    /// <summary>Every process key with its latest and published version and counts per status, in key order.</summary>
    public async Task<IReadOnlyList<ProcessSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        // Byte order on both backends, as the person list does, so both list keys in the same order.
        var order = database.Dialect == SqlDialect.Postgres ? "a.process_key COLLATE \"C\"" : "a.process_key";
        var sql =
            "SELECT a.process_key, v.name, a.latest, a.published, a.total, a.drafts, a.publisheds, a.retireds, v.deployed_at " +
            $"FROM ({AggregateSql}) a JOIN rm_process_versions v ON v.process_key = a.process_key AND v.version = a.latest " +
            $"ORDER BY {order}";

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<ProcessSummary>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(Read(reader));
        }

        return items;
    }

    private static ProcessSummary Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        ToInt(reader.GetValue(2)),
        reader.IsDBNull(3) ? null : ToInt(reader.GetValue(3)),
        ToInt(reader.GetValue(4)),
        ToInt(reader.GetValue(5)),
        ToInt(reader.GetValue(6)),
        ToInt(reader.GetValue(7)),
        DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));

    // SQLite answers long, PostgreSQL int, bigint or numeric depending on the aggregate.
    private static int ToInt(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);
}
