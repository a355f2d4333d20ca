using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>A supervisor edits a user-task form in the form-js editor and saves it as a new version.</summary>
[Collection(StudioCollection.Name)]
public sealed class FormDesignerTests(StudioFixture node)
{
    [Fact(DisplayName = "A supervisor relabels a field in the form designer, in Chinese, saves a new version and sees the tasks that use the form")]
    public async Task Supervisor_saves_a_form_version()
    {
        var formKey = "visit_form_" + Guid.NewGuid().ToString("N")[..6];
        var xml = StudioFixtures.VisitTask(out var processKey)
            .Replace("camunda:candidateGroups=\"caseworker\" camunda:dueDate=\"P5D\"", $"camunda:candidateGroups=\"caseworker\" camunda:formRef=\"{formKey}\"", StringComparison.Ordinal);
        xml = System.Text.RegularExpressions.Regex.Replace(xml, "<bpmn:extensionElements>.*?</bpmn:extensionElements>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
        await node.PublishAsync(xml, processKey);

        var schema = new { type = "default", id = formKey, components = new object[] { new { type = "textfield", key = "note", label = "走访情况", id = "Field_note" } } };
        using (var deployed = await node.Supervisor.PostAsJsonAsync(new Uri($"/api/forms/{formKey}", UriKind.Relative), new { name = "走访表", schema }))
        {
            Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        }

        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("supervisor");

        // Act: from the form list into the designer; select the field and give it a new label in the properties panel.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "表单设计" }).ClickAsync();
        await page.Locator($"tr[data-form-key=\"{formKey}\"]").GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("main[data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-list=form-usage]")).ToContainTextAsync($"{processKey} v1 · 填写走访记录");

        // The editor speaks Chinese: palette, its search, and the properties panel.
        var palette = page.Locator(".fjs-palette-container");
        await Assertions.Expect(palette.GetByText("单行文本", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(palette.GetByText("输入", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(palette.GetByPlaceholder("搜索组件")).ToBeVisibleAsync();
        await Assertions.Expect(palette.GetByText("Text field", new() { Exact = true })).ToHaveCountAsync(0);
        await page.Locator(".fjs-editor-container .fjs-form-field-textfield").First.ClickAsync();
        // Properties-panel groups start collapsed; open the one holding the label.
        var label = page.Locator("#bio-properties-panel-label");
        var group = page.Locator(".bio-properties-panel-group", new() { Has = label });
        if (!await label.IsVisibleAsync())
        {
            await group.Locator(".bio-properties-panel-group-header").First.ClickAsync();
        }

        await Assertions.Expect(group.Locator(".bio-properties-panel-group-header-title").First).ToHaveTextAsync("常规");
        await Assertions.Expect(page.Locator("label[for=bio-properties-panel-label]")).ToHaveTextAsync("字段标签");
        await label.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("走访情况说明");
        await page.WaitForFunctionAsync("() => window.caseflowForms.saveSchema().components[0].label === '走访情况说明'");
        await browser.ScreenshotAsync("17-form-designer");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();

        // Assert: the node stored the edited schema as version 2 under the form's key, and the designer lists it.
        await Assertions.Expect(page.Locator("main .status")).ToHaveTextAsync("已保存为版本 2。");
        var latest = await node.Supervisor.GetFromJsonAsync<JsonElement>(new Uri($"/api/forms/{formKey}", UriKind.Relative));
        Assert.Equal(2, latest.GetProperty("version").GetInt32());
        var field = latest.GetProperty("schema").GetProperty("components")[0];
        Assert.Equal(("走访情况说明", "note"), (field.GetProperty("label").GetString(), field.GetProperty("key").GetString()));
        await Assertions.Expect(page.Locator("[data-table=form-versions] tr[data-version]")).ToHaveCountAsync(2);
        browser.AssertNoErrors();
    }
}
