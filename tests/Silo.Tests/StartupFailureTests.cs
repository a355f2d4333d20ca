using CaseFlow.TestSupport;
namespace CaseFlow.Silo.Tests;

/// <summary>A node that cannot start says why in one line and exits non-zero, instead of printing stack traces.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task Unreachable_database_exits_1_with_one_line()
    {
        var (code, stderr) = await RunToExitAsync(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = $"Host=127.0.0.1;Port={FreePorts.Next()};Database=nothing;Username=nobody;Timeout=3",
        });

        Assert.Equal(1, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("CaseFlow cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains("Postgres", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_setting_exits_2_naming_the_setting()
    {
        var (code, stderr) = await RunToExitAsync(new Dictionary<string, string> { ["Cluster:SiloPort"] = "70000" });

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Cluster:SiloPort", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_provider_exits_2_naming_the_setting()
    {
        var (code, stderr) = await RunToExitAsync(new Dictionary<string, string> { ["Storage:Provider"] = "Oracle" });

        Assert.Equal(2, code);
        Assert.Contains("Storage", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task<(int ExitCode, string StandardError)> RunToExitAsync(Dictionary<string, string> settings)
    {
        var workDir = Directory.CreateTempSubdirectory("caseflow-startfail-").FullName;
        await using var node = NodeProcess.Start(workDir, FreePorts.Next(), settings);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var code = await node.WaitForExitAsync(timeout.Token);
        return (code, node.StandardError);
    }
}
