using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>A caseworker pauses a task's SLA clock while waiting on the applicant, and resumes it; both need a reason.</summary>
[Collection(StudioCollection.Name)]
public sealed class TaskPauseTests(StudioFixture node)
{
    [Fact(DisplayName = "A caseworker pauses a task's clock only with a reason, sees it paused with the reason in the history, resumes it and unclaims the task")]
    public async Task Caseworker_pauses_and_resumes_the_clock()
    {
        // Arrange: a visit task (five-day clock) the caseworker has claimed.
        var (businessKey, _) = await node.StartVisitTaskAsync("暂停", "ZT");
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("caseworker.chengguan");
        await page.GotoAsync("studio/worklist?q=" + businessKey);
        await page.Locator("tr[data-task-id]").GetByRole(AriaRole.Link, new() { Name = "办理任务：填写走访记录" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-field=assignee]")).ToHaveTextAsync("caseworker.chengguan");
        await Assertions.Expect(page.Locator("[data-list=task-facts] [data-sla]")).ToHaveAttributeAsync("data-sla", "on_track");

        // Act: a pause without a reason is stopped in the page; with one it goes through.
        await page.GetByRole(AriaRole.Button, new() { Name = "确认暂停" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .status").First).ToHaveTextAsync("暂停或恢复计时必须填写原因。");
        await Assertions.Expect(page.GetByLabel("原因（必填）")).ToBeFocusedAsync();
        await page.GetByLabel("原因（必填）").FillAsync("等待申请人补交残疾人证");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "确认暂停" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // Assert: the clock shows as paused, and the same section now offers the resume.
        await Assertions.Expect(page.Locator("main .status").First).ToHaveTextAsync("时限计时已暂停。");
        await Assertions.Expect(page.Locator("[data-list=task-facts] [data-sla]")).ToHaveTextAsync("已暂停");
        var paused = page.Locator("[data-list=task-history] li[data-kind=taskPaused]");
        await Assertions.Expect(paused).ToContainTextAsync("暂停计时");
        await Assertions.Expect(paused).ToContainTextAsync("等待申请人补交残疾人证");
        await browser.ScreenshotAsync("18-task-paused");
        await page.GetByLabel("原因（必填）").FillAsync("材料已补齐");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认恢复" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .status").First).ToHaveTextAsync("时限计时已恢复。");
        await Assertions.Expect(page.Locator("[data-list=task-facts] [data-sla]")).ToHaveAttributeAsync("data-sla", "on_track");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "确认暂停" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-list=task-history] li[data-kind=taskResumed]")).ToContainTextAsync("材料已补齐");

        // Finally the task goes back to the pool, and may be claimed again.
        await page.GetByRole(AriaRole.Button, new() { Name = "放弃认领" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-field=assignee]")).ToHaveTextAsync("未认领");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "认领" })).ToBeVisibleAsync();
        browser.AssertNoErrors();
    }
}
