using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>The form-js viewer's own checks speak the user's language, not form-js's English.</summary>
[Collection(StudioCollection.Name)]
public sealed class TaskFormCheckTests(StudioFixture node)
{
    [Fact(DisplayName = "Submitting a task form with an empty required field shows the viewer's check and the select's placeholder in Chinese, and in English after the switch")]
    public async Task Form_checks_are_localized()
    {
        // Arrange: a claimed visit task whose 走访结果 (required) starts empty.
        var (businessKey, _) = await node.StartVisitTaskAsync("校验", "JY");
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("caseworker.chengguan");
        await page.GotoAsync("studio/worklist?q=" + businessKey);
        await page.Locator("tr[data-task-id]").GetByRole(AriaRole.Link, new() { Name = "办理任务：填写走访记录" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();

        // The claim draws the task again; the form of the view before it must not be the one submitted.
        await Assertions.Expect(page.Locator("[data-field=assignee]")).ToHaveTextAsync("caseworker.chengguan");
        await page.Locator("[data-form=task][data-ready=true]").WaitForAsync();

        // Act: submit with the required select left empty.
        await page.GetByRole(AriaRole.Button, new() { Name = "提交办理" }).ClickAsync();

        // Assert: the page stops it, and the field's message is Chinese.
        var outcome = page.Locator(".fjs-form-field", new() { Has = page.GetByLabel("走访结果") });
        await Assertions.Expect(page.Locator("main .status").First).ToHaveTextAsync("请先更正表单中标出的内容。");
        await Assertions.Expect(outcome.Locator(".fjs-form-field-error")).ToHaveTextAsync("此项必填。");
        Assert.Equal("\"请选择\"", await outcome.Locator(".fjs-select-placeholder").EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));

        // The same check after the English switch (the page draws again in English). The tabs share local storage,
        // where the choice is kept, so Chinese is restored for the other tests whatever happens here.
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "切换为英文界面" }).ClickAsync();
            await page.Locator("[data-form=task][data-ready=true]").WaitForAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Complete" }).ClickAsync();
            await Assertions.Expect(page.Locator(".fjs-form-field", new() { Has = page.GetByLabel("走访结果") }).Locator(".fjs-form-field-error")).ToHaveTextAsync("This field is required.");
            Assert.Equal("none", await page.Locator(".fjs-form-field", new() { Has = page.GetByLabel("走访结果") }).Locator(".fjs-select-placeholder").EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));
        }
        finally
        {
            await page.EvaluateAsync("() => localStorage.removeItem('caseflow.lang')");
        }

        browser.AssertNoErrors();
    }
}
