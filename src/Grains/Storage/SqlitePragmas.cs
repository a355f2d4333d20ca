using System.Data.Common;

namespace CaseFlow.Grains.Storage;

/// <summary>Per-connection SQLite settings that CaseFlow's durability promise depends on.</summary>
internal static class SqlitePragmas
{
    // WAL lets readers run beside the single writer; synchronous=FULL makes a commit durable at return even in
    // WAL mode (NORMAL may lose the last commits on power loss, which would break "acknowledged means kept").
    // busy_timeout turns writer contention into a short wait instead of SQLITE_BUSY errors.
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
