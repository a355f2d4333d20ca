using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>A caseworker sends a task back to the earlier step (退回), which needs a reason.</summary>
[Collection(StudioCollection.Name)]
public sealed class TaskReturnTests(StudioFixture node)
{
    [Fact(DisplayName = "A caseworker returns a task to the earlier step only with a reason, and the earlier step is open again")]
    public async Task Caseworker_returns_a_task_with_a_reason()
    {
        // Arrange: 受理材料 is completed through the API, so 审核决定 is open.
        var key = await node.PublishAsync(StudioFixtures.ReturnReview(out var processKey), processKey);
        var personId = await node.RegisterPersonAsync("退回");
        var businessKey = "TH-" + Guid.NewGuid().ToString("N")[..8];
        await node.StartInstanceAsync(key, businessKey, personId);
        await node.Factory.WaitForReadModelAsync();
        var intake = await OpenTaskAsync(businessKey);
        using var complete = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/tasks/{Uri.EscapeDataString(intake.Id)}/complete", UriKind.Relative))
        {
            Content = JsonContent.Create(new { variables = new { } }),
        };
        complete.Headers.TryAddWithoutValidation("If-Match", intake.ETag);
        using (var completed = await node.Caseworker.SendAsync(complete))
        {
            Assert.True(completed.IsSuccessStatusCode, "complete: " + await completed.Content.ReadAsStringAsync());
        }

        await node.Factory.WaitForReadModelAsync();
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("caseworker.chengguan");
        await page.GotoAsync("studio/worklist?q=" + businessKey);
        await page.Locator("tr[data-task-id]").GetByRole(AriaRole.Link, new() { Name = "办理任务：审核决定" }).ClickAsync();

        // Act: a return without a reason is stopped in the page; with one it goes through.
        await Assertions.Expect(page.GetByLabel("退回到")).ToHaveValueAsync("Intake");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认退回" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .status").First).ToHaveTextAsync("退回必须填写原因。");
        await Assertions.Expect(page.GetByLabel("退回原因（必填）")).ToBeFocusedAsync();
        await page.GetByLabel("退回原因（必填）").FillAsync("缺少残疾人证复印件");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认退回" }).ClickAsync();

        // Assert: the task is returned and the new 受理材料 task is offered as the next step.
        await Assertions.Expect(page.Locator("[data-outcome]")).ToHaveTextAsync("任务已退回。");
        await page.GetByRole(AriaRole.Link, new() { Name = "下一步：受理材料" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("任务：受理材料");
        browser.AssertNoErrors();
    }

    private async Task<(string Id, string ETag)> OpenTaskAsync(string businessKey)
    {
        var page = await node.Caseworker.GetFromJsonAsync<JsonElement>(new Uri("/api/tasks?q=" + businessKey, UriKind.Relative));
        var id = page.GetProperty("items")[0].GetProperty("id").GetString()!;
        using var task = await node.Caseworker.GetAsync(new Uri("/api/tasks/" + Uri.EscapeDataString(id), UriKind.Relative));
        return (id, task.Headers.ETag!.Tag);
    }
}
