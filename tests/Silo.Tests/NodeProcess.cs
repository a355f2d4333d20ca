using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;

namespace CaseFlow.Silo.Tests;

/// <summary>A real node started as its own process from the built Silo, so a test can SIGKILL it.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private NodeProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    public string StandardError
    {
        get { lock (_output) { return _error.ToString(); } }
    }

    public static NodeProcess Start(string workingDirectory, int httpPort, IReadOnlyDictionary<string, string> settings, string command = "")
    {
        var info = new ProcessStartInfo("dotnet", $"\"{SiloAssemblyPath()}\" {command}")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var url = $"http://127.0.0.1:{httpPort}";
        info.Environment["Urls"] = url;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["Seeding__DemoPeople"] = "0";

        // Beside the API test nodes' logs, so the log scan at the end of a test run reads these too.
        info.Environment["Logs__Directory"] = Path.Combine(Path.GetTempPath(), "caseflow-tests", "logs-" + Guid.NewGuid().ToString("N"));
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = info };
        var node = new NodeProcess(process, new Uri(url));
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data, isError: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Polls <c>/health</c> until the node answers 200, or fails with the node's output.</summary>
    public async Task WaitReadyAsync(HttpClient client, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process.HasExited, "the node exited during start-up:\n" + Output);
            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "/health"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"the node was not healthy within {timeout}:\n{Output}");
    }

    /// <summary>Signs <paramref name="client"/> in as the demo supervisor (seeded by the shipped settings) for every later request.</summary>
    public async Task SignInAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(new Uri(BaseAddress, "/api/auth/token"), new { login = "supervisor", password = "Hanyin-demo-2026" });
        Assert.True(response.IsSuccessStatusCode, $"sign-in failed: {(int)response.StatusCode}");
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>SIGKILL: no shutdown hook, no flush, no graceful membership update.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    /// <summary>Waits for the process to end by itself; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    private void Append(string? line, bool isError = false)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            if (isError)
            {
                _error.AppendLine(line);
            }
        }
    }

    /// <summary>The Silo build of the same configuration as this test assembly.</summary>
    private static string SiloAssemblyPath()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CaseFlow.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var path = Path.Combine(root.FullName, "src", "Silo", "bin", configuration, framework, "CaseFlow.Silo.dll");
        Assert.True(File.Exists(path), $"the Silo build is missing at {path}");
        return path;
    }
}
