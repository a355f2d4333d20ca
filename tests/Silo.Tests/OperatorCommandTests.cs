using CaseFlow.TestSupport;

namespace CaseFlow.Silo.Tests;

/// <summary>The operator commands run against the configured database and exit by themselves.</summary>
public sealed class OperatorCommandTests
{
    [Fact]
    public async Task Rebuild_read_model_command_replays_stored_state_and_exits_0()
    {
        // Arrange: a database with demo people, written by a node that then stops.
        var workDir = Directory.CreateTempSubdirectory("caseflow-rebuild-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Storage:SqlitePath"] = Path.Combine(workDir, "caseflow.db"),
            ["Cluster:SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),

            // Only people, so the count of replayed snapshots is exactly theirs.
            ["Seeding:Processes"] = "false",
        };
        await using (var seed = NodeProcess.Start(workDir, FreePorts.Next(), settings, "seed-people --Seeding:Count=12"))
        {
            using var seeding = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            Assert.True(await seed.WaitForExitAsync(seeding.Token) == 0, seed.Output);
            Assert.Contains("Registered 12 new synthetic people", seed.Output, StringComparison.Ordinal);
        }

        // Act
        await using var rebuild = NodeProcess.Start(workDir, FreePorts.Next(), settings, "rebuild-read-model");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var code = await rebuild.WaitForExitAsync(timeout.Token);

        // Assert: 12 people plus their 12 ID-number claims have no projection; the people are replayed.
        Assert.True(code == 0, rebuild.Output);
        Assert.Contains("Read model rebuilt from 12 stored snapshot(s).", rebuild.Output, StringComparison.Ordinal);
    }
}
