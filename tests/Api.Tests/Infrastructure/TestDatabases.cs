namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>Isolated SQLite files for test nodes; PostgreSQL databases come from <c>TestPostgres</c>.</summary>
public static class TestDatabases
{
    public static string NewSqlitePath() =>
        Path.Combine(Path.GetTempPath(), "caseflow-tests", Guid.NewGuid().ToString("N"), "caseflow.db");
}
