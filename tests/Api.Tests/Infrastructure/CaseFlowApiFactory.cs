using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Grains.Instances;
using CaseFlow.Grains.ReadModel;
using CaseFlow.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>
/// The real node (API and silo) on an isolated database of the chosen backend, for tests through HTTP.
/// </summary>
/// <remarks>It serves over Kestrel on a loopback port rather than the in-memory test server, so request limits,
/// headers and streaming behave exactly as in production.</remarks>
public sealed class CaseFlowApiFactory : WebApplicationFactory<Program>
{
    private readonly string _provider;
    private readonly string _storageSetting;
    private readonly IReadOnlyDictionary<string, string?>? _extra;

    public CaseFlowApiFactory(string provider, string storageSetting, IReadOnlyDictionary<string, string?>? extra = null, FakeTimeProvider? clock = null)
    {
        _provider = provider;
        _storageSetting = storageSetting;
        _extra = extra;
        Clock = clock;
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public static CaseFlowApiFactory Sqlite(IReadOnlyDictionary<string, string?>? extra = null, FakeTimeProvider? clock = null) =>
        new("Sqlite", TestDatabases.NewSqlitePath(), extra, clock);

    public static async Task<CaseFlowApiFactory> PostgresAsync(IReadOnlyDictionary<string, string?>? extra = null, FakeTimeProvider? clock = null) =>
        new("Postgres", await TestPostgres.CreateDatabaseAsync("api"), extra, clock);

    /// <summary>The node's clock when it runs on fake time (grains, timers, the business calendar, tokens); null on the real clock.</summary>
    /// <remarks>Move it with NodeClock, which also fires the process timers that became due.</remarks>
    public FakeTimeProvider? Clock { get; }

    /// <summary>Services to replace for one test (a failing dependency); set before the node starts.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    public string Provider => _provider;

    /// <summary>Where this node's log files go: one folder per node, so tests can read exactly what it logged.</summary>
    public string LogDirectory { get; } = Path.Combine(Path.GetTempPath(), "caseflow-tests", "logs-" + Guid.NewGuid().ToString("N"));

    /// <summary>The SQLite path or PostgreSQL connection string this node stores in; reuse it to restart on the same data.</summary>
    public string StorageSetting => _storageSetting;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", _provider);
        builder.UseSetting(_provider == "Sqlite" ? "Storage:SqlitePath" : "Storage:ConnectionString", _storageSetting);
        builder.UseSetting("Cluster:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cluster:ClusterId", "test-" + Guid.NewGuid().ToString("N")[..8]);
        builder.UseSetting("Logs:Directory", LogDirectory);
        builder.UseSetting("Seeding:DemoPeople", "0");
        builder.UseSetting("Seeding:DemoUsers", "true");

        // Tests sign in far more often than a person would; the rate-limit test sets its own low limit.
        builder.UseSetting("Auth:TokenRequestsPerMinute", "100000");
        builder.UseSetting("Auth:WritesPerMinute", "1000000");
        foreach (var (key, value) in _extra ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        // The sandbox's wall-clock limit (R76) is a safety net that a cold script engine on a busy test machine can
        // trip, turning a condition into a ScriptTimeout incident; tests assert the deterministic outcomes instead.
        builder.ConfigureTestServices(services => services.Replace(
            ServiceDescriptor.Singleton(provider => EngineOptionsFromServices.Create(provider) with { ExpressionTimeout = TimeSpan.FromSeconds(30) })));
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => FakeNodeTime.Use(services, clock));
        }

        if (TestServices is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }
    }

    /// <remarks>A node whose start-up fails reports it on stderr and returns an exit code, which the factory takes for a
    /// finished start; without this check every test would then fail far away with "connection refused" on port 80.</remarks>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0)
        {
            throw new InvalidOperationException("The test node did not start. Its log says:" + Environment.NewLine + LogTail());
        }

        return host;
    }

    private string LogTail() => string.Join(Environment.NewLine, ReadLogs().Split('\n').TakeLast(40));

    /// <summary>Everything this node has logged so far, read while the node may still be writing.</summary>
    public string ReadLogs()
    {
        if (!Directory.Exists(LogDirectory))
        {
            return string.Empty;
        }

        var logs = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(LogDirectory, "*.log"))
        {
            using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
            logs.Append(reader.ReadToEnd());
        }

        return logs.ToString();
    }

    /// <summary>A client signed in, through the real token endpoint, as the seeded demo user holding <paramref name="role"/>.</summary>
    public async Task<HttpClient> CreateClientAsAsync(string role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(role, client));
        return client;
    }

    /// <summary>An access token of the demo user holding <paramref name="role"/>, fetched once per node.</summary>
    public async Task<string> TokenForAsync(string role, HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (_tokens.TryGetValue(role, out var cached))
        {
            return cached;
        }

        var token = await SignInAsync(role, client);
        _tokens[role] = token;
        return token;
    }

    /// <summary>A new access token of the demo user holding <paramref name="role"/>, fetched now (not cached).</summary>
    public static async Task<string> SignInAsync(string role, HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);

        // Through the caller's own client: it already points at this node's Kestrel address.
        using var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { login = DemoUsers.LoginOf(role), password = DemoUsers.Password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in as {role} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    /// <summary>Waits until the read model has caught up with every acknowledged write.</summary>
    public async Task WaitForReadModelAsync()
    {
        var backlog = Services.GetRequiredService<ChangeFeedBacklog>();
        var serviceId = Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Orleans.Configuration.ClusterOptions>>().Value.ServiceId;
        Assert.True(await backlog.WaitUntilDrainedAsync(serviceId, TimeSpan.FromSeconds(30)), "the read model did not catch up within 30 s");
    }
}
