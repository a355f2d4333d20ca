using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>A supervisor designs processes in the studio: edit through the properties panel, validate, deploy, publish.</summary>
[Collection(StudioCollection.Name)]
public sealed class ProcessStudioTests(StudioFixture node)
{
    private async Task DeployAsync(string xml)
    {
        using var response = await node.Supervisor.PostAsync(new Uri("/api/processes", UriKind.Relative), new StringContent(xml, Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await node.Factory.WaitForReadModelAsync();
    }

    private static async Task SelectAsync(IPage page, string elementId) =>
        await page.Locator($".djs-element.djs-shape[data-element-id=\"{elementId}\"]").ClickAsync();

    /// <summary>Opens a properties-panel group (they start collapsed) unless it is open already.</summary>
    private static async Task OpenGroupAsync(IPage page, string groupId)
    {
        var header = page.Locator($"[data-group-id=\"group-{groupId}\"] .bio-properties-panel-group-header");
        if (!(await header.GetAttributeAsync("class") ?? "").Contains("open", StringComparison.Ordinal))
        {
            await header.ClickAsync();
        }
    }

    // Panel inputs are debounced; the model, not the input, tells when the change has landed.
    private static async Task WaitForModelAsync(IPage page, string expected) =>
        await page.WaitForFunctionAsync("async text => (await window.caseflowStudio.saveXML()).includes(text)", expected);

    [Fact(DisplayName = "A supervisor changes the shipped 信访 process's escalation in the properties panel, deploys it and publishes the new version")]
    public async Task Supervisor_changes_a_deadline_deploys_and_publishes()
    {
        // Arrange: the shipped petition process, published as version 1 on the node's first start.
        const string key = "petition_resolution";
        await node.Factory.WaitForReadModelAsync();
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;

        // Act: sign in, find the process in the list, open it.
        await browser.SignInAsync("supervisor");
        await page.WaitForURLAsync("**/studio/processes");
        var row = page.Locator($"tr[data-process-key=\"{key}\"]");
        await Assertions.Expect(row.Locator("[data-cell=published]")).ToHaveTextAsync("1");
        await browser.ScreenshotAsync("01-process-list");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("main[data-ready=true]").WaitForAsync();

        // A late acceptance notice goes to the director one working day after the supervisor, not two.
        await SelectAsync(page, "Timer_NoticeToDirector");
        await OpenGroupAsync(page, "timer");
        var timer = page.Locator("#bio-properties-panel-timerEventDefinitionValue");
        await Assertions.Expect(timer).ToHaveValueAsync("${addWorkdays(now(), 2)}");
        await timer.FillAsync("${addWorkdays(now(), 1)}");
        await WaitForModelAsync(page, "addWorkdays(now(), 1)");
        await browser.ScreenshotAsync("02-process-editor");

        await page.Locator("[data-action=deploy]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已部署版本 2（草稿）。");
        await page.Locator("[data-action=publish]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("版本 2 已发布。");
        await Assertions.Expect(page.Locator("[data-action=publish]")).ToBeHiddenAsync();

        // Assert: the history shows version 2 published, the diff shows the new deadline, and the server agrees.
        await Assertions.Expect(page.Locator("tr[data-version=\"2\"]")).ToHaveAttributeAsync("data-status", "published");
        await page.Locator("tr[data-version=\"2\"] [data-action=diff]").ClickAsync();
        await Assertions.Expect(page.Locator(".diff ins")).ToContainTextAsync("addWorkdays(now(), 1)");
        await Assertions.Expect(page.Locator(".diff del")).ToContainTextAsync("addWorkdays(now(), 2)");
        await browser.ScreenshotAsync("03-version-history");

        var versions = await node.Supervisor.GetFromJsonAsync<JsonElement>(new Uri($"/api/processes/{key}/versions", UriKind.Relative));
        var latest = versions.EnumerateArray().Last();
        Assert.Equal(2, latest.GetProperty("version").GetInt32());
        Assert.Equal("published", latest.GetProperty("status").GetString());
        Assert.Equal("supervisor", latest.GetProperty("deployedBy").GetString());
        var xml = await node.Supervisor.GetStringAsync(new Uri($"/api/processes/{key}/versions/2/xml", UriKind.Relative));
        Assert.Contains("${addWorkdays(now(), 1)}", xml, StringComparison.Ordinal);
        Assert.Contains("camunda:candidateGroups=\"petition_officer\"", xml, StringComparison.Ordinal);
        browser.AssertNoErrors();
    }

    [Fact(DisplayName = "A validation error from the server appears as a marker and a message on the offending element")]
    public async Task Validation_error_is_marked_on_the_element()
    {
        await DeployAsync(StudioFixtures.PetitionDeadline(out var key));
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("supervisor");
        await page.GotoAsync($"studio/processes/{key}");
        await page.Locator("main[data-ready=true]").WaitForAsync();

        // An in-process topic the node has no handler for is an error the server reports with the element's id.
        await SelectAsync(page, "Task_Record");
        await OpenGroupAsync(page, "CamundaPlatform__Implementation");
        var topic = page.Locator("#bio-properties-panel-externalTopic");
        await Assertions.Expect(topic).ToHaveValueAsync("caseflow.link-petition");
        await topic.FillAsync("caseflow.no-such-handler");
        await WaitForModelAsync(page, "caseflow.no-such-handler");
        await page.Locator("[data-action=validate]").ClickAsync();

        await Assertions.Expect(page.Locator(".djs-element[data-element-id=\"Task_Record\"]")).ToHaveClassAsync(new Regex("cf-invalid-error"));
        var overlay = page.Locator(".cf-diagnostic[data-element-id=\"Task_Record\"]");
        await Assertions.Expect(overlay).ToContainTextAsync("BPMN");
        await Assertions.Expect(overlay).ToContainTextAsync("caseflow.no-such-handler");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("发现 1 个错误，已在流程图上标出。");
        Assert.Equal(1, await page.Locator(".djs-element.cf-invalid").CountAsync());
        await browser.ScreenshotAsync("04-validation-marker");

        // Deploying the same model is refused with the same finding on the diagram, and no version is stored.
        await page.Locator("[data-action=deploy]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("发现 1 个错误，已在流程图上标出。");
        await Assertions.Expect(overlay).ToBeVisibleAsync();
        var versions = await node.Supervisor.GetFromJsonAsync<JsonElement>(new Uri($"/api/processes/{key}/versions", UriKind.Relative));
        Assert.Equal(1, versions.GetArrayLength());
        browser.AssertNoErrors();
    }

    [Fact(DisplayName = "Token simulation switches on from the keyboard and offers a start button on the start event")]
    public async Task Token_simulation_toggles_from_the_toolbar()
    {
        await DeployAsync(StudioFixtures.PetitionDeadline(out var key));
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("supervisor");
        await page.GotoAsync($"studio/processes/{key}");
        await page.Locator("main[data-ready=true]").WaitForAsync();
        var simulate = page.Locator("[data-action=simulate]");
        var start = page.Locator(".djs-overlays[data-container-id=\"StartEvent_1\"] .bts-context-pad:not(.hidden)");

        await simulate.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(simulate).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(start).ToBeVisibleAsync();
        await start.ClickAsync();
        await browser.ScreenshotAsync("08-token-simulation");
        await simulate.PressAsync("Enter");
        await Assertions.Expect(simulate).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(start).ToHaveCountAsync(0);
        browser.AssertNoErrors();
    }
}
