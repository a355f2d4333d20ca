using System.Diagnostics;

namespace CaseFlow.Silo.Tests;

/// <summary>
/// The closing step of the test run, <c>scripts/scan-logs.sh</c>: it finds a full ID number or phone in any test-node
/// log, ignores masked values and internal ids, and fails rather than pass when there is nothing to read.
/// </summary>
public sealed class LogScanScriptTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("caseflow-scan-");

    [Fact]
    public async Task Clean_logs_pass_and_the_scan_says_how_much_it_read()
    {
        // An internal id with a digit run, a number with a wrong check digit, and masked values are not personal data.
        WriteLog("logs-a", "started", "person P01a22532788876658382272d9 registered as 1101**********002X, phone 139****5678",
            "order 610921198001010019 rejected");
        WriteLog("logs-b", "one line");

        var (exitCode, output) = await ScanAsync(_root.FullName);

        Assert.Equal(0, exitCode);
        Assert.Contains("2 files, 4 lines read, 0 ID or phone numbers found", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("duplicate ({0})", "11010519491231002X")]
    [InlineData("id={0};", "610921198001010018")]
    [InlineData("call {0}", "13912345678")]
    public async Task A_full_id_number_or_phone_in_any_node_log_fails_the_scan_without_printing_it(string line, string leak)
    {
        WriteLog("logs-a", "clean");
        WriteLog("logs-b", "clean", string.Format(System.Globalization.CultureInfo.InvariantCulture, line, leak));

        var (exitCode, output) = await ScanAsync(_root.FullName);

        Assert.Equal(1, exitCode);
        Assert.Contains("logs-b", output, StringComparison.Ordinal);
        Assert.Contains("1 ID or phone numbers found", output, StringComparison.Ordinal);
        Assert.DoesNotContain(leak, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_that_left_no_log_file_fails()
    {
        var (exitCode, output) = await ScanAsync(_root.FullName);

        Assert.Equal(1, exitCode);
        Assert.Contains("no test-node log file", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_files_written_after_the_marker_are_read()
    {
        var old = WriteLog("logs-old", "call 13912345678");
        var marker = Path.Combine(_root.FullName, "marker");
        await File.WriteAllTextAsync(marker, string.Empty);
        File.SetLastWriteTimeUtc(old, File.GetLastWriteTimeUtc(marker).AddHours(-1));
        var fresh = WriteLog("logs-new", "clean");
        File.SetLastWriteTimeUtc(fresh, File.GetLastWriteTimeUtc(marker).AddHours(1));

        var (exitCode, output) = await ScanAsync("--since", marker, _root.FullName);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 files, 1 lines read", output, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private string WriteLog(string folder, params string[] lines)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_root.FullName, folder));
        var path = Path.Combine(directory.FullName, "caseflow-20260301.log");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static async Task<(int ExitCode, string Output)> ScanAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", "scan-logs.sh"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        return (process.ExitCode, await output + await error);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaseFlow.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (CaseFlow.slnx) is not above the test assembly.");
    }
}
