using System.Data.Common;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.ReadModel;

/// <summary>The open transaction a projection writes in, with the dialect for the rare statement that differs.</summary>
public sealed record ProjectionContext(DbConnection Connection, DbTransaction Transaction, SqlDialect Dialect)
{
    public DbCommand Command(string sql) => Connection.CreateCommand(sql, Transaction);
}
