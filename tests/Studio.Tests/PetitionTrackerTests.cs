using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Studio.Tests;

/// <summary>The petition officer follows the statutory clocks in the tracker.</summary>
[Collection(StudioCollection.Name)]
public sealed class PetitionTrackerTests(StudioFixture node)
{
    [Fact(DisplayName = "The petition tracker flags a petition whose acceptance notice is overdue and opens its clocks and timeline")]
    public async Task Officer_sees_an_overdue_notice_clock()
    {
        // Arrange: a petition received 20 days ago and never accepted: its 15-day notice clock has run out.
        var subject = await node.RegisterPersonAsync("信访");
        var receivedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var registered = await node.Supervisor.PostAsJsonAsync(new Uri("/api/petitions", UriKind.Relative), new
        {
            petitionerName = "王五", petitionerPhone = "13900002222", subjectPersonId = subject, channel = "Visit",
            itemType = "ComplaintOrRequest", matterCategory = "Subsidy", matter = "护理补贴停发", receivedOn,
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await node.Factory.WaitForReadModelAsync();

        await using var browser = await node.NewPageAsync();
        var page = browser.Page;
        await browser.SignInAsync("petition");

        // Act: the officer opens the tracker and keeps only overdue petitions, from the keyboard.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "信访跟踪" }).ClickAsync();
        await page.GetByLabel("只看已超期").CheckAsync();
        await page.GetByLabel("只看已超期").PressAsync("Enter");
        await page.WaitForURLAsync("**/studio/petitions?overdue=true");

        // Assert: the row shows the notice clock, red, overdue, with negative days left.
        var row = page.Locator($"tr[data-petition-id=\"{id}\"]");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-overdue", "true");
        await Assertions.Expect(row).ToContainTextAsync("受理告知（15 日）");
        await Assertions.Expect(row.Locator("[data-colour=red]")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("[data-flag=Overdue]")).ToHaveTextAsync("已超期");
        await Assertions.Expect(row.Locator("[data-days-left]")).ToHaveAttributeAsync("data-days-left", "-5");
        await browser.ScreenshotAsync("13-petition-tracker");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("信访事项 " + id);
        await Assertions.Expect(page.Locator("tr[data-clock=notice]")).ToContainTextAsync("已超期");
        await Assertions.Expect(page.Locator("[data-list=petition-timeline] > li[data-kind=\"petition.registered\"]")).ToContainTextAsync("登记");
        Assert.DoesNotContain("13900002222", await page.ContentAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync("14-petition");
        browser.AssertNoErrors();
    }
}
