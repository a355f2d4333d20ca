using Npgsql;

namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>Creates an isolated database per test host: a temp SQLite file, or a fresh PostgreSQL database.</summary>
public static class TestDatabases
{
    public const string PostgresVariable = "CASEFLOW_TEST_PG";

    public static string NewSqlitePath() =>
        Path.Combine(Path.GetTempPath(), "caseflow-tests", Guid.NewGuid().ToString("N"), "caseflow.db");

    /// <summary>Creates an empty database on the test server and returns its connection string.</summary>
    public static async Task<string> NewPostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set: start a private server with 'eval \"$(bash scripts/pg-start.sh | tail -n 1)\"' or run the suite with 'bash scripts/test.sh'.");
        }

        var name = "caseflow_api_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ToString();
    }
}
