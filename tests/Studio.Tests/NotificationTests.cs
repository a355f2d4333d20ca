using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>Notifications arrive in the open console over the live stream and are marked read from the keyboard.</summary>
[Collection(StudioCollection.Name)]
public sealed class NotificationTests(StudioFixture node)
{
    [Fact(DisplayName = "A new task reaches the caseworker's open console over SSE: the badge counts it, the list shows it, marking it read lowers the count")]
    public async Task New_task_arrives_live_and_is_marked_read()
    {
        var key = await node.PublishAsync(StudioFixtures.VisitTask(out var processKey), processKey);
        var personId = await node.RegisterPersonAsync("通知");
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("caseworker.chengguan");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "通知" }).ClickAsync();
        await page.Locator("html[data-live=connected]").WaitForAsync();
        var before = (await node.Caseworker.GetFromJsonAsync<JsonElement>(new Uri("/api/notifications/unread-count", UriKind.Relative))).GetProperty("unread").GetInt32();

        // Act: work for the caseworker's group appears while the page stays open (no reload).
        await node.StartInstanceAsync(key, "TZ-" + Guid.NewGuid().ToString("N")[..8], personId);

        // Assert: the stream delivers it, in Chinese, at the top of the list, and the badge counts it.
        var newest = page.Locator("[data-list=notifications] > li").First;
        await Assertions.Expect(newest).ToContainTextAsync("新任务“填写走访记录”（入户走访登记）等待您所在的组办理。", new() { Timeout = 20_000 });
        await Assertions.Expect(newest).ToHaveAttributeAsync("data-unread", "true");
        var badge = page.Locator("[data-badge=notifications]");
        await Assertions.Expect(badge).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(badge).ToHaveAttributeAsync("aria-label", $"{before + 1} 条未读");
        await browser.ScreenshotAsync("15-notifications");

        await newest.GetByRole(AriaRole.Button, new() { Name = "标为已读" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(newest).ToHaveAttributeAsync("data-unread", "false");
        await Assertions.Expect(page.Locator("main .status")).ToHaveTextAsync("已标为已读。");
        if (before == 0)
        {
            await Assertions.Expect(badge).ToBeHiddenAsync();
        }
        else
        {
            await Assertions.Expect(badge).ToHaveTextAsync(before.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // The link leads to the task itself.
        await newest.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("任务：填写走访记录");
        browser.AssertNoErrors();
    }
}
