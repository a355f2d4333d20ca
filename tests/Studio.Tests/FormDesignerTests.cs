using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>A supervisor edits a user-task form in the form-js editor and saves it as a new version.</summary>
/// <remarks>
/// The form resources (<c>/api/forms</c>, docs/forms.md) are served by the node once the forms work is merged; until then
/// this test answers those calls in the browser exactly as that contract describes, and checks what the designer sends.
/// Everything else (sign-in, processes, the tasks that use the form) is the real node.
/// </remarks>
[Collection(StudioCollection.Name)]
public sealed class FormDesignerTests(StudioFixture node)
{
    [Fact(DisplayName = "A supervisor relabels a field in the form designer, saves a new version and sees the tasks that use the form")]
    public async Task Supervisor_saves_a_form_version()
    {
        var formKey = "visit_form_" + Guid.NewGuid().ToString("N")[..6];
        var xml = StudioFixtures.VisitTask(out var processKey)
            .Replace("camunda:candidateGroups=\"caseworker\" camunda:dueDate=\"P5D\"", $"camunda:candidateGroups=\"caseworker\" camunda:formRef=\"{formKey}\"", StringComparison.Ordinal);
        xml = System.Text.RegularExpressions.Regex.Replace(xml, "<bpmn:extensionElements>.*?</bpmn:extensionElements>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
        await node.PublishAsync(xml, processKey);

        JsonNode? posted = null;
        var latest = 1;
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await page.RouteAsync("**/api/forms**", route => AnswerFormsAsync(route, formKey, body => { posted = body; latest = 2; }, () => latest));
        await browser.SignInAsync("supervisor");

        // Act: from the form list into the designer; select the field and give it a new label in the properties panel.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "表单设计" }).ClickAsync();
        await page.Locator($"tr[data-form-key=\"{formKey}\"]").GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("main[data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-list=form-usage]")).ToContainTextAsync($"{processKey} v1 · 填写走访记录");
        await page.Locator(".fjs-editor-container .fjs-form-field-textfield").First.ClickAsync();
        // Properties-panel groups start collapsed; open the one holding the label.
        var label = page.Locator("#bio-properties-panel-label");
        var group = page.Locator(".bio-properties-panel-group", new() { Has = label });
        if (!await label.IsVisibleAsync())
        {
            await group.Locator(".bio-properties-panel-group-header").First.ClickAsync();
        }

        await label.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("走访情况说明");
        await page.WaitForFunctionAsync("() => window.caseflowForms.saveSchema().components[0].label === '走访情况说明'");
        await browser.ScreenshotAsync("17-form-designer");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();

        // Assert: the designer sent the edited schema under the form's key, and shows the new version.
        await Assertions.Expect(page.Locator("main .status")).ToHaveTextAsync("已保存为版本 2。");
        Assert.NotNull(posted);
        Assert.Equal("走访情况说明", (string?)posted!["schema"]!["components"]![0]!["label"]);
        Assert.Equal("note", (string?)posted["schema"]!["components"]![0]!["key"]);
        await Assertions.Expect(page.Locator("[data-table=form-versions] tr[data-version]")).ToHaveCountAsync(2);
        browser.AssertNoErrors();
    }

    /// <summary>The <c>/api/forms</c> answers of docs/forms.md for one form with one text field.</summary>
    private static async Task AnswerFormsAsync(IRoute route, string key, Action<JsonNode> onDeploy, Func<int> latest)
    {
        var path = new Uri(route.Request.Url).AbsolutePath;
        var schema = new { type = "default", id = key, components = new object[] { new { type = "textfield", key = "note", label = "走访情况", id = "Field_note" } } };
        object? answer = null;
        var status = 200;
        if (route.Request.Method == "POST" && path == $"/api/forms/{key}")
        {
            onDeploy(JsonNode.Parse(route.Request.PostData!)!);
            status = 201;
            answer = Version(2);
        }
        else if (path == "/api/forms")
        {
            answer = new { items = new[] { new { key, name = "走访表", latestVersion = latest(), deployedBy = "supervisor", deployedAt = "2026-11-28T10:00:00+00:00" } } };
        }
        else if (path == $"/api/forms/{key}/versions")
        {
            answer = new { key, items = Enumerable.Range(1, latest()).Reverse().Select(v => new { version = v, name = "走访表", checksum = "c" + v, deployedBy = "supervisor", deployedAt = "2026-11-28T10:00:00+00:00" }) };
        }
        else if (path == $"/api/forms/{key}")
        {
            answer = Version(latest());
        }

        if (answer is null)
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "application/problem+json", Body = "{\"code\":\"FORM_NOT_FOUND\"}" });
            return;
        }

        await route.FulfillAsync(new RouteFulfillOptions { Status = status, ContentType = "application/json", Body = JsonSerializer.Serialize(answer) });

        object Version(int version) => new { key, version, name = "走访表", schema, checksum = "c" + version, deployedBy = "supervisor", deployedAt = "2026-11-28T10:00:00+00:00" };
    }
}
