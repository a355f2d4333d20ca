using System.Data.Common;

namespace CaseFlow.Grains.Storage;

/// <summary>
/// The database that holds grain state, the change feed and the read model, with the dialect needed for the
/// few statements that differ between SQLite and PostgreSQL.
/// </summary>
/// <remarks>
/// One data source for everything keeps state, history and change rows in one transaction, which is what makes
/// the read model rebuildable and a crash unable to separate a state change from its history.
/// </remarks>
public sealed class CaseFlowDatabase(DbDataSource dataSource, SqlDialect dialect)
{
    public DbDataSource DataSource { get; } = dataSource;

    public SqlDialect Dialect { get; } = dialect;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (Dialect == SqlDialect.Sqlite)
        {
            await SqlitePragmas.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
        }

        return connection;
    }
}
