namespace CaseFlow.Silo.Options;

/// <summary>Which database a node stores everything in.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file; a single node with localhost clustering. The default.</summary>
    Sqlite,

    /// <summary>PostgreSQL shared by every node of the cluster.</summary>
    Postgres,
}
