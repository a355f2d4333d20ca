using System.Data.Common;
using System.Runtime.CompilerServices;

namespace CaseFlow.Grains.Storage;

/// <summary>
/// Reads every stored state of one state name, on either backend, for rebuilding the read model from the truth.
/// </summary>
public static class GrainStateScanner
{
    // SQLite: CaseFlow's own provider table. PostgreSQL: the ADO.NET provider's table, with the grain key rebuilt by
    // the same function the write query uses for change rows, so rebuilt and live rows name streams identically.
    private const string SqliteSql =
        "SELECT grain_key, version, payload FROM cf_grain_state WHERE service_id = @service AND state_name = @state ORDER BY grain_key";

    private const string PostgresSql =
        "SELECT cf_orleans_grain_key(GrainIdN0, GrainIdN1, GrainIdExtensionString) AS grain_key, Version, PayloadBinary " +
        "FROM OrleansStorage WHERE ServiceId = @service AND GrainTypeString = @state ORDER BY 1";

    public static async IAsyncEnumerable<StoredState> ScanAsync(
        CaseFlowDatabase db,
        string serviceId,
        string stateName,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = db.Dialect == SqlDialect.Postgres ? PostgresSql : SqliteSql;

        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql, null);
        command.AddParameter("service", serviceId).AddParameter("state", stateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return await ReadAsync(reader, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<StoredState> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var payload = await reader.IsDBNullAsync(2, cancellationToken).ConfigureAwait(false)
            ? null
            : BinaryData.FromBytes(reader.GetFieldValue<byte[]>(2));
        return new StoredState(reader.GetString(0), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), payload);
    }
}
