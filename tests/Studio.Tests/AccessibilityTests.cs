using CaseFlow.Studio.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>axe-core's WCAG 2 A/AA rules (contrast, labels, landmarks, names) on the screens CaseFlow draws itself.</summary>
/// <remarks>
/// The modeler canvas and properties panel are bpmn.io's own markup and are left out: the rules would judge that
/// library, not this app. Keyboard use of the editor is covered by the studio tests.
/// </remarks>
[Collection(StudioCollection.Name)]
public sealed class AccessibilityTests(StudioFixture node)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] },
    };

    private static async Task AssertAccessibleAsync(IPage page, string screen)
    {
        var result = await page.RunAxe(Wcag);
        var violations = result.Violations.Select(v => $"{screen}: {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Html))}");
        Assert.Empty(violations);

        // Proof the rules ran on real content rather than on an empty page: contrast was checked and passed.
        Assert.Contains(result.Passes, p => p.Id == "color-contrast");
        Assert.Contains(result.Passes, p => p.Id == "label" || p.Id == "button-name");
    }

    /// <summary>
    /// Waits until the screen has drawn what it loaded. The notification stream keeps one request open for as long as
    /// the page lives, so "network idle" never comes; the screens' own loading markers are the signal instead.
    /// </summary>
    private static async Task WaitForScreenAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("正在加载…");
        await Assertions.Expect(page.Locator("main .count", new() { HasText = "…" })).ToHaveCountAsync(0);
    }

    [Fact(DisplayName = "Sign-in, process list, person list, worklist, petition tracker, notifications, instance list and form list pass the WCAG 2 AA rules of axe-core")]
    public async Task Screens_pass_wcag_aa()
    {
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("studio/login");
        await page.GetByLabel("账号").WaitForAsync();
        await AssertAccessibleAsync(page, "sign-in");

        await browser.SignInAsync("supervisor");
        await WaitForScreenAsync(page);
        await AssertAccessibleAsync(page, "process list");

        foreach (var (path, screen) in new[]
        {
            ("studio/persons", "person list"), ("studio/worklist", "worklist"),
            ("studio/petitions", "petition tracker"), ("studio/notifications", "notifications"), ("studio/instances", "instance list"), ("studio/forms", "form list"),
        })
        {
            await page.GotoAsync(path);
            await WaitForScreenAsync(page);
            await AssertAccessibleAsync(page, screen);
        }

        browser.AssertNoErrors();
    }

    [Fact(DisplayName = "The task view with its form-js form and pause section, and the case file, pass the WCAG 2 AA rules of axe-core")]
    public async Task Task_view_and_case_file_pass_wcag_aa()
    {
        // The caseworker's own working screens, with a real task: its form is drawn by the form-js viewer.
        var (businessKey, personId) = await node.StartVisitTaskAsync("无障碍", "WA");
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("caseworker.chengguan");
        await page.GotoAsync("studio/worklist?q=" + businessKey);
        await page.Locator("tr[data-task-id]").GetByRole(AriaRole.Link, new() { Name = "办理任务：填写走访记录" }).ClickAsync();
        await page.Locator("[data-form=task][data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-section=clock]")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "task view");

        await page.GotoAsync("studio/persons/" + Uri.EscapeDataString(personId));
        await WaitForScreenAsync(page);
        await AssertAccessibleAsync(page, "case file");
        browser.AssertNoErrors();
    }
}
