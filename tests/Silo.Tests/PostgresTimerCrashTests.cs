using CaseFlow.TestSupport;

namespace CaseFlow.Silo.Tests;

/// <summary>The timer crash test on PostgreSQL, where reminders live in the ADO.NET reminder table of a cluster.</summary>
public sealed class PostgresTimerCrashTests : TimerCrashTests
{
    protected override async Task<Dictionary<string, string>> StorageSettingsAsync(string workDir) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionString"] = await TestPostgres.CreateDatabaseAsync("timers"),
    };
}
