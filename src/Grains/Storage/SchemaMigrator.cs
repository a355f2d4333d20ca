using System.Data.Common;
using System.Reflection;

namespace CaseFlow.Grains.Storage;

/// <summary>
/// Applies the embedded SQL scripts of a dialect in name order, each once, recorded in <c>cf_schema_migrations</c>.
/// </summary>
/// <remarks>
/// Each script runs in its own transaction together with its bookkeeping row, so a crash mid-way leaves the
/// script either applied and recorded or not applied at all. On PostgreSQL an advisory lock serialises nodes
/// that start together against one database; the loser of the race sees the row and skips the script.
/// </remarks>
public sealed class SchemaMigrator(CaseFlowDatabase database)
{
    private const string ResourcePrefix = "CaseFlow.Sql.";

    // An arbitrary constant that names CaseFlow's migration lock among other advisory-lock users.
    private const long PostgresLockKey = 0x43_61_73_65_46_6C_6F_77;

    /// <summary>The script ids of a dialect, in the order they are applied.</summary>
    public static IReadOnlyList<string> ScriptIds(SqlDialect dialect)
    {
        var prefix = ResourcePrefix + DialectFolder(dialect) + "/";
        return [.. typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Applies every script not yet recorded; returns the ids applied by this call.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, CreateTableSql, cancellationToken).ConfigureAwait(false);

        var applied = new List<string>();
        foreach (var id in ScriptIds(database.Dialect))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (database.Dialect == SqlDialect.Postgres)
            {
                await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken).ConfigureAwait(false);
            }

            if (await IsAppliedAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false))
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            await ExecuteAsync(connection, transaction, ReadScript(database.Dialect, id), cancellationToken).ConfigureAwait(false);
            await using (var record = connection.CreateCommand("INSERT INTO cf_schema_migrations (id, applied_at) VALUES (@id, @at)", transaction))
            {
                record.AddParameter("id", id).AddParameter("at", DateTimeOffset.UtcNow.ToStorageText());
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied.Add(id);
        }

        return applied;
    }

    private const string CreateTableSql =
        "CREATE TABLE IF NOT EXISTS cf_schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)";

    private static string DialectFolder(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => "sqlite",
        SqlDialect.Postgres => "postgres",
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };

    private static string ReadScript(SqlDialect dialect, string id)
    {
        var name = ResourcePrefix + DialectFolder(dialect) + "/" + id;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Migration script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<bool> IsAppliedAsync(DbConnection connection, DbTransaction transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand("SELECT COUNT(*) FROM cf_schema_migrations WHERE id = @id", transaction);
        command.AddParameter("id", id);
        var count = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        return count > 0;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
