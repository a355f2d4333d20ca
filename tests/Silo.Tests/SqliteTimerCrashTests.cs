namespace CaseFlow.Silo.Tests;

/// <summary>The timer crash test on the embedded default: one node on an SQLite file.</summary>
public sealed class SqliteTimerCrashTests : TimerCrashTests
{
    protected override Task<Dictionary<string, string>> StorageSettingsAsync(string workDir) =>
        Task.FromResult(new Dictionary<string, string> { ["Storage:SqlitePath"] = Path.Combine(workDir, "caseflow.db") });
}
