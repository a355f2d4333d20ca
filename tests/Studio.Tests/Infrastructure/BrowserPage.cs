using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests.Infrastructure;

/// <summary>A browser tab of one test: records uncaught script errors and console errors, and saves screenshots.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> _errors = [];

    public BrowserPage(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Page = page;
        page.PageError += (_, error) => _errors.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            // A refused request (401 on a wrong password, 422 on an invalid model) is logged by the browser itself and
            // is part of the scenario; everything else, content-policy refusals included, is a fault.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _errors.Add("console error: " + message.Text);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Where screenshots go: <c>screenshots/</c> in the test output, collected as CI artifacts.</summary>
    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    /// <summary>Opens the sign-in page and signs in as a demo user; returns once the first screen has rendered.</summary>
    public async Task SignInAsync(string login, string password = "Hanyin-demo-2026")
    {
        await Page.GotoAsync("studio/login");
        await Page.GetByLabel("账号").FillAsync(login);
        await Page.GetByLabel("密码").FillAsync(password);
        await Page.GetByLabel("密码").PressAsync("Enter");
        await Page.WaitForURLAsync(url => !url.EndsWith("/login", StringComparison.Ordinal));
    }

    public void AssertNoErrors() => Assert.True(_errors.Count == 0, "the page reported errors:\n" + string.Join('\n', _errors));

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
