using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Grains.Identity;
using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>A supervisor watches one instance: tokens and counts on the diagram, an incident retried from the keyboard.</summary>
[Collection(StudioCollection.Name)]
public sealed class InstanceMonitorTests(StudioFixture node)
{
    [Fact(DisplayName = "The instance monitor shows a completed task, a live token and an incident on the diagram, and retries the incident")]
    public async Task Supervisor_retries_an_incident_from_the_monitor()
    {
        // Arrange: 受理 completed, then 审核 waits while the civil-affairs lookup has failed for good (an incident).
        var key = await node.PublishAsync(StudioFixtures.Monitor(out var processKey), processKey);
        using var started = await node.Supervisor.PostAsJsonAsync(new Uri("/api/instances", UriKind.Relative), new { processKey = key, businessKey = "JK-1" });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString()!;
        var instance = await node.Supervisor.GetFromJsonAsync<JsonElement>(new Uri($"/api/instances/{id}", UriKind.Relative));
        var accept = instance.GetProperty("tasks")[0].GetProperty("taskId").GetString()!;
        using (var completed = await node.Supervisor.PostAsJsonAsync(new Uri($"/api/instances/{id}/tasks/{Uri.EscapeDataString(accept)}/complete", UriKind.Relative), new { }))
        {
            Assert.True(completed.IsSuccessStatusCode, "complete: " + await completed.Content.ReadAsStringAsync());
        }

        using var worker = await node.Factory.CreateClientAsAsync(Roles.Admin);
        using var locked = await worker.PostAsJsonAsync(new Uri("/api/external-tasks/fetch-and-lock", UriKind.Relative),
            new { workerId = "w", maxTasks = 1, topics = new[] { new { topicName = "civil.check", lockDuration = 60_000 } } });
        var job = (await locked.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetString()!;
        using (var failed = await worker.PostAsJsonAsync(new Uri($"/api/external-tasks/{Uri.EscapeDataString(job)}/failure", UriKind.Relative),
            new { workerId = "w", errorMessage = "civil affairs service unavailable", retries = 0 }))
        {
            Assert.True(failed.IsSuccessStatusCode, "failure: " + await failed.Content.ReadAsStringAsync());
        }

        await node.Factory.WaitForReadModelAsync();
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("supervisor");

        // Act: the process list counts the running instance; from the instance list, filtered to instances with
        // incidents, to the monitor.
        await Assertions.Expect(page.Locator($"tr[data-process-key=\"{key}\"] [data-cell=instances]")).ToHaveTextAsync("运行中 1");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "流程监控" }).ClickAsync();
        await page.GetByLabel("流程标识").FillAsync(key);
        await page.GetByLabel("只看有故障的").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.Locator($"tr[data-instance-id=\"{id}\"]").GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("main[data-ready=true]").WaitForAsync();

        // Assert: the overlays and the table agree on what happened where.
        await Assertions.Expect(page.Locator(".cf-counts[data-element=Accept] .cf-count-completed")).ToHaveTextAsync("✓ 1");
        await Assertions.Expect(page.Locator(".cf-counts[data-element=Review] .cf-count-active")).ToHaveTextAsync("● 1");
        await Assertions.Expect(page.Locator(".cf-counts[data-element=Check] .cf-count-incident")).ToHaveTextAsync("! 1");
        await Assertions.Expect(page.Locator("[data-table=element-counts] tr[data-element=Check]")).ToContainTextAsync("民政比对");
        await Assertions.Expect(page.Locator("[data-list=instance-history] > li[data-kind=incidentRaised]")).ToContainTextAsync("发生故障");
        await browser.ScreenshotAsync("16-instance-monitor");

        var retry = page.GetByRole(AriaRole.Button, new() { Name = "重试“民政比对”的故障" });
        await retry.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main .status")).ToHaveTextAsync("已重试，故障已解除。");
        await Assertions.Expect(page.Locator("[data-list=incidents-empty]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".cf-counts[data-element=Check] .cf-count-incident")).ToHaveCountAsync(0);
        browser.AssertNoErrors();
    }
}
