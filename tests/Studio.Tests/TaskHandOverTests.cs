using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>A caseworker assigns (指派) a task to a colleague, or delegates (委托) it, from the task view.</summary>
[Collection(StudioCollection.Name)]
public sealed class TaskHandOverTests(StudioFixture node)
{
    [Fact(DisplayName = "A caseworker assigns a task to the supervisor, and it leaves her worklist for his")]
    public async Task Caseworker_assigns_a_task_to_another_user()
    {
        // Arrange: a visit task in the caseworker's pool, opened in the console.
        var (businessKey, _) = await node.StartVisitTaskAsync("指派", "ZP");
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("caseworker.chengguan");
        await OpenTaskAsync(page, businessKey);

        // The picker suggests colleagues from the caseworker's part of the tree, by name, and searches as she types.
        await Assertions.Expect(page.Locator("#hand-over-users option[value=supervisor]")).ToHaveAttributeAsync("label", "业务股室负责人（演示）");
        await page.GetByLabel("用户账号").FillAsync("理事");
        await Assertions.Expect(page.Locator("#hand-over-users option")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#hand-over-users option")).ToHaveAttributeAsync("value", "director");
        await page.GetByLabel("用户账号").FillAsync(string.Empty);

        // Act: without a user the page stops the command; with one it assigns.
        await page.GetByRole(AriaRole.Button, new() { Name = "指派", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#hand-over-error")).ToHaveTextAsync("请填写要指派或委托的用户账号。");
        await Assertions.Expect(page.GetByLabel("用户账号")).ToBeFocusedAsync();
        await page.GetByLabel("用户账号").FillAsync("supervisor");
        await page.GetByLabel("用户账号").PressAsync("Enter");

        // Assert: the view is read again with the new assignee, and the task sits in the supervisor's own worklist.
        await Assertions.Expect(page.Locator("main .status").First).ToHaveTextAsync("已将任务指派给 supervisor。");
        await Assertions.Expect(page.Locator("[data-field=assignee]")).ToHaveTextAsync("supervisor");
        Assert.Equal(1, await MineAsync(node.Supervisor, businessKey));
        Assert.Equal(0, await MineAsync(node.Caseworker, businessKey));

        await using var supervisorTab = await node.NewPageAsync();
        await supervisorTab.SignInAsync("supervisor");
        await supervisorTab.Page.GotoAsync($"studio/worklist?view=mine&q={businessKey}");
        await Assertions.Expect(supervisorTab.Page.Locator("tr[data-task-id]")).ToHaveCountAsync(1);
        browser.AssertNoErrors();
        supervisorTab.AssertNoErrors();
    }

    [Fact(DisplayName = "A caseworker delegates her task to the supervisor and sees it delegated, coming back to her")]
    public async Task Caseworker_delegates_a_task()
    {
        var (businessKey, _) = await node.StartVisitTaskAsync("委托", "WT");
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("caseworker.chengguan");
        await OpenTaskAsync(page, businessKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-field=assignee]")).ToHaveTextAsync("caseworker.chengguan");

        // Act: delegating to the current holder is stopped in the page; to the supervisor it goes through.
        await page.GetByLabel("用户账号").FillAsync("caseworker.chengguan");
        await page.GetByRole(AriaRole.Button, new() { Name = "委托", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#hand-over-error")).ToContainTextAsync("请填写其他用户");
        await page.GetByLabel("用户账号").FillAsync("supervisor");
        await page.GetByRole(AriaRole.Button, new() { Name = "委托", Exact = true }).ClickAsync();

        // Assert: the supervisor holds it, the owner is the caseworker, and the history records the delegation.
        await Assertions.Expect(page.Locator("main .status").First).ToHaveTextAsync("已将任务委托给 supervisor。");
        await Assertions.Expect(page.Locator("[data-field=assignee]")).ToHaveTextAsync("supervisor");
        await Assertions.Expect(page.Locator("[data-field=delegation]")).ToHaveTextAsync("已委托，办理后交回 caseworker.chengguan");
        await browser.ScreenshotAsync("19-task-delegated");
        var task = await node.Supervisor.GetFromJsonAsync<JsonElement>(new Uri($"/api/tasks?assignedToMe=true&q={businessKey}", UriKind.Relative));
        var item = task.GetProperty("items")[0];
        Assert.Equal(("pending", "caseworker.chengguan"), (item.GetProperty("delegation").GetString(), item.GetProperty("owner").GetString()));
        browser.AssertNoErrors();
    }

    private static async Task OpenTaskAsync(IPage page, string businessKey)
    {
        await page.GotoAsync("studio/worklist?q=" + businessKey);
        await page.Locator("tr[data-task-id]").GetByRole(AriaRole.Link, new() { Name = "办理任务：填写走访记录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "指派或委托" })).ToBeVisibleAsync();
    }

    private static async Task<int> MineAsync(HttpClient client, string businessKey) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/tasks?assignedToMe=true&q={businessKey}", UriKind.Relative))).GetProperty("total").GetInt32();
}
