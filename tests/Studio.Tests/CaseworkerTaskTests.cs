using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>A caseworker works a task from the worklist through its form to the person's case file.</summary>
[Collection(StudioCollection.Name)]
public sealed class CaseworkerTaskTests(StudioFixture node)
{
    [Fact(DisplayName = "A caseworker finds a new task in the worklist, completes its form past a server refusal and sees the visit in the case file")]
    public async Task Caseworker_completes_a_task_through_its_form()
    {
        // Arrange: a published visit process and an instance for a person of 城关镇, started by the supervisor.
        var (businessKey, personId) = await node.StartVisitTaskAsync("走访", "ZF");
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("caseworker.chengguan");

        // The worklist shows the task with its SLA state; the built-in views carry counts.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "待办任务" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-filter=all] .count")).Not.ToHaveTextAsync("…");
        await page.GetByLabel("按任务名称或业务编号搜索").FillAsync(businessKey);
        await page.GetByLabel("按任务名称或业务编号搜索").PressAsync("Enter");
        var row = page.Locator("tr[data-task-id]");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("填写走访记录");
        await Assertions.Expect(row.Locator("[data-sla=on_track]")).ToHaveTextAsync("正常");
        await browser.ScreenshotAsync("09-worklist");

        // Opens the task from the keyboard and claims it.
        await row.GetByRole(AriaRole.Link).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("任务：填写走访记录");
        await page.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-field=assignee]")).ToHaveTextAsync("caseworker.chengguan");
        await page.Locator("[data-form=task][data-ready=true]").WaitForAsync();

        // Fills the form rendered by the form-js viewer: the defaults come from the model, the outcome and note from the user.
        // The viewer's select opens on focus and takes the arrow keys and Enter.
        // The pointer is moved off the form first: hovering the opened list would move its highlight.
        await page.Mouse.MoveAsync(0, 0);
        await page.GetByLabel("走访结果").FocusAsync();
        await Assertions.Expect(page.Locator(".fjs-dropdownlist-item", new() { HasText = "见到本人" })).ToBeVisibleAsync();
        // The list binds its keys in an effect after it paints; one frame later Enter picks the highlighted first option.
        await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))");
        await Assertions.Expect(page.Locator(".fjs-dropdownlist-item.focused")).ToHaveTextAsync("见到本人");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".fjs-select-display", new() { HasText = "见到本人" })).ToBeVisibleAsync();
        var note = page.GetByLabel("走访情况");
        await note.FillAsync("本人在家，生活正常");
        await browser.ScreenshotAsync("10-task-form");

        // A comment is added beside the form without losing what was typed into it.
        await page.GetByLabel("添加意见").FillAsync("已电话预约，明日入户");
        await page.GetByRole(AriaRole.Button, new() { Name = "发表意见" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-list=comments] > li")).ToContainTextAsync("已电话预约，明日入户");
        await Assertions.Expect(note).ToHaveValueAsync("本人在家，生活正常");

        // The viewer checks the same limits as the server, so the first submission is lengthened on the wire to show
        // that the server's own refusal (422, per field) lands on the field it names.
        var tampered = false;
        await page.RouteAsync("**/api/tasks/*/complete", async route =>
        {
            if (tampered)
            {
                await route.ContinueAsync();
                return;
            }

            tampered = true;
            var body = JsonNode.Parse(route.Request.PostData!)!;
            body["variables"]!["note"] = new string('长', 45);
            await route.ContinueAsync(new RouteContinueOptions { PostData = Encoding.UTF8.GetBytes(body.ToJsonString()) });
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交办理" }).ClickAsync();
        var noteField = page.Locator(".fjs-form-field", new() { Has = page.GetByLabel("走访情况") });
        await Assertions.Expect(noteField.Locator(".fjs-form-field-error")).ToHaveTextAsync("长度超出允许范围。");
        await Assertions.Expect(note).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("main .status").First).ToContainTextAsync("服务器未接受提交");
        await browser.ScreenshotAsync("11-task-server-error");

        await note.FillAsync("本人在家，已核实");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交办理" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-outcome]")).ToHaveTextAsync("任务已办结。");

        // The next step writes the visit into the case file; it runs after the completion, so wait for it on the API.
        await WaitForCaseEventAsync(personId, "visit.recorded");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看个案档案" }).ClickAsync();
        var entries = page.Locator("[data-list=timeline] > li");
        await Assertions.Expect(entries.First).ToContainTextAsync("走访记录");
        await Assertions.Expect(page.Locator("[data-list=timeline] > li[data-kind=\"visit.recorded\"]")).ToHaveCountAsync(1);
        await browser.ScreenshotAsync("12-case-file-after-task");
        browser.AssertNoErrors();
    }

    private async Task WaitForCaseEventAsync(string personId, string kind)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var events = await node.Caseworker.GetFromJsonAsync<JsonElement>(new Uri($"/api/persons/{personId}/history", UriKind.Relative), timeout.Token);
            if (events.EnumerateArray().Any(e => e.GetProperty("kind").GetString() == kind))
            {
                return;
            }

            // The service task runs on the node's job loop; poll its visible outcome rather than guess a delay.
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }
}
