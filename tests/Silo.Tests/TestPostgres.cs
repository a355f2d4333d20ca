using Npgsql;

namespace CaseFlow.Silo.Tests;

/// <summary>Fresh databases on the test PostgreSQL server named by <c>CASEFLOW_TEST_PG</c>.</summary>
public static class TestPostgres
{
    public static async Task<string> FreshDatabaseAsync(string purpose)
    {
        var admin = Environment.GetEnvironmentVariable("CASEFLOW_TEST_PG");
        Assert.False(string.IsNullOrWhiteSpace(admin), "CASEFLOW_TEST_PG is not set: run the suite with 'bash scripts/test.sh'.");
        var name = $"caseflow_{purpose}_{Guid.NewGuid().ToString("N")[..12]}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }
}
