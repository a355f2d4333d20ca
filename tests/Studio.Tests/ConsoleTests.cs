using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>A caseworker finds a person in the console and reads the case file with its timeline.</summary>
[Collection(StudioCollection.Name)]
public sealed class ConsoleTests(StudioFixture node)
{
    [Fact(DisplayName = "A caseworker finds a person of their town and opens the case file with its timeline")]
    public async Task Caseworker_opens_a_case_file()
    {
        // Arrange: a person registered in 城关镇 through the API, with one profile change.
        var name = "测试" + Guid.NewGuid().ToString("N")[..6];
        using var registered = await node.Caseworker.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative),
            CaseFlow.Api.Tests.Infrastructure.TestPersons.Request(Random.Shared.Next(1, 90_000), name));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var person = await registered.Content.ReadFromJsonAsync<JsonElement>();
        var id = person.GetProperty("id").GetString()!;
        using var update = new HttpRequestMessage(HttpMethod.Patch, new Uri("/api/persons/" + id, UriKind.Relative))
        {
            Content = JsonContent.Create(new { phone = "13800001234" }),
        };
        update.Headers.TryAddWithoutValidation("If-Match", registered.Headers.ETag!.Tag);
        using (var updated = await node.Caseworker.SendAsync(update))
        {
            Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        }

        await node.Factory.WaitForReadModelAsync();
        await using var browser = await node.NewPageAsync();
        var page = browser.Page;

        // Act: the caseworker lands on the person list, searches by name and opens the file.
        await browser.SignInAsync("caseworker.chengguan");
        await page.WaitForURLAsync("**/studio/persons");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByText("流程设计")).ToHaveCountAsync(0);
        await page.GetByLabel("按姓名或证件号后四位搜索").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var row = page.Locator($"tr[data-person-id=\"{id}\"]");
        await Assertions.Expect(row).ToContainTextAsync(person.GetProperty("idNumberMasked").GetString()!);
        await browser.ScreenshotAsync("05-person-list");
        await row.GetByRole(AriaRole.Link).ClickAsync();

        // Assert: masked profile and the history newest first.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("个案：" + name);
        await Assertions.Expect(page.Locator(".profile")).ToContainTextAsync("138****1234");
        var entries = page.Locator("[data-list=timeline] > li");
        await Assertions.Expect(entries).ToHaveCountAsync(2);
        await Assertions.Expect(entries.First).ToContainTextAsync("资料变更");
        await Assertions.Expect(entries.First).ToContainTextAsync("电话：— → 138****1234");
        await Assertions.Expect(entries.Last).ToContainTextAsync("登记建档");
        await Assertions.Expect(entries.First).ToContainTextAsync("caseworker.chengguan");
        await browser.ScreenshotAsync("06-case-file");
        Assert.DoesNotContain("13800001234", await page.ContentAsync(), StringComparison.Ordinal);
        browser.AssertNoErrors();
    }
}
