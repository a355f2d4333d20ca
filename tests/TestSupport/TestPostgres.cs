using Npgsql;

namespace CaseFlow.TestSupport;

/// <summary>Fresh databases on the test PostgreSQL server named by <c>CASEFLOW_TEST_PG</c>.</summary>
public static class TestPostgres
{
    public const string AdminVariable = "CASEFLOW_TEST_PG";

    /// <summary>The admin connection string; fails with a one-line instruction when the server is not configured.</summary>
    public static string AdminConnectionString
    {
        get
        {
            var admin = Environment.GetEnvironmentVariable(AdminVariable);
            return string.IsNullOrWhiteSpace(admin)
                ? throw new InvalidOperationException(
                    $"{AdminVariable} is not set: run the suite with 'bash scripts/test.sh', or start the private server with eval \"$(bash scripts/pg-start.sh | tail -n 1)\".")
                : admin;
        }
    }

    /// <summary>Creates an empty database named after <paramref name="purpose"/>; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"caseflow_{purpose}_{Guid.NewGuid().ToString("N")[..12]}";
        await ExecuteAsync($"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its connections first.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
