using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests.Infrastructure;

/// <summary>One real node (API, silo and studio on SQLite) and one headless Chromium, shared by the browser tests.</summary>
/// <remarks>
/// Chromium is the system's (<c>/usr/bin/chromium</c>, installed by <c>.ci/run</c>); Playwright never downloads one.
/// Its absence fails every test with the install command instead of skipping them, so CI cannot turn green without
/// having run a browser. Each test opens its own page, so session storage (the token) never leaks between tests.
/// </remarks>
public sealed class StudioFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "caseflow-tests", "chromium-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;

    public CaseFlowApiFactory Factory { get; } = CaseFlowApiFactory.Sqlite();

    /// <summary>The node's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>An API client signed in as the demo supervisor, to arrange what a test needs.</summary>
    public HttpClient Supervisor { get; private set; } = null!;

    /// <summary>An API client signed in as the demo caseworker of 城关镇.</summary>
    public HttpClient Caseworker { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}: run 'apt-get install -y chromium fonts-noto-cjk' (.ci/run does this).");
        }

        Supervisor = await Factory.CreateClientAsAsync(Roles.Supervisor);
        Caseworker = await Factory.CreateClientAsAsync(Roles.Caseworker);
        BaseAddress = Supervisor.BaseAddress ?? throw new InvalidOperationException("The node has no address.");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1440, Height = 960 },
            BaseURL = BaseAddress.ToString(),
            // --no-sandbox: tests run as root in CI containers, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        _browser.SetDefaultTimeout(15_000);
    }

    /// <summary>A fresh tab that records script errors; dispose it at the end of the test.</summary>
    public async Task<BrowserPage> NewPageAsync() =>
        new(await (_browser ?? throw new InvalidOperationException("The browser has not started.")).NewPageAsync());

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Supervisor?.Dispose();
        Caseworker?.Dispose();
        await Factory.DisposeAsync();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be releasing its profile; a leftover folder in the temp directory is harmless.
        }
    }
}
