namespace CaseFlow.Grains.Storage;

/// <summary>The two databases CaseFlow runs on.</summary>
public enum SqlDialect
{
    /// <summary>Embedded single-node default: one SQLite file.</summary>
    Sqlite,

    /// <summary>Cluster mode: PostgreSQL shared by every node.</summary>
    Postgres,
}
