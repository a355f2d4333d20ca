using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>Signing in and out, the language switch, and keyboard use of the sign-in page.</summary>
[Collection(StudioCollection.Name)]
public sealed class SignInTests(StudioFixture node)
{
    [Fact(DisplayName = "A wrong password is refused with a message; switching to English and signing in by keyboard works")]
    public async Task Sign_in_by_keyboard_in_both_languages()
    {
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("studio/");
        await page.WaitForURLAsync("**/studio/login");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        // The login field has focus; everything else is reached with Tab and submitted with Enter.
        await page.Keyboard.TypeAsync("supervisor");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("wrong-password");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("账号或密码错误。");
        await browser.ScreenshotAsync("00-sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "切换为英文界面" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GetByLabel("Login").FillAsync("supervisor");
        await page.GetByLabel("Password").FillAsync("Hanyin-demo-2026");
        await page.GetByLabel("Password").PressAsync("Enter");
        await page.WaitForURLAsync("**/studio/processes");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Processes");
        Assert.NotNull(await page.EvaluateAsync<string?>("sessionStorage.getItem('caseflow.token')"));

        // Back to Chinese for the other tests (the choice is kept in local storage), then sign out.
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to Chinese" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("流程列表");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/login");
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('caseflow.token')"));
        browser.AssertNoErrors();
    }

    [Fact(DisplayName = "Every form control and button of the sign-in page and the studio has an accessible name")]
    public async Task Controls_have_labels()
    {
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("supervisor");
        await page.WaitForURLAsync("**/studio/processes");
        await page.Locator("table[data-table=processes], main p").First.WaitForAsync();

        // Playwright computes accessible names as assistive technology does; an empty name is an unlabelled control.
        foreach (var role in new[] { AriaRole.Button, AriaRole.Link, AriaRole.Textbox })
        {
            var controls = page.GetByRole(role);
            for (var i = 0; i < await controls.CountAsync(); i++)
            {
                var control = controls.Nth(i);
                var name = await control.EvaluateAsync<string>("e => e.getAttribute('aria-label') || e.labels?.[0]?.textContent || e.textContent");
                Assert.False(string.IsNullOrWhiteSpace(name), $"a {role} has no accessible name: {await control.EvaluateAsync<string>("e => e.outerHTML")}");
            }
        }

        browser.AssertNoErrors();
    }
}
