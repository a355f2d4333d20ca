using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using CaseFlow.Silo.Seeding;

namespace CaseFlow.Api.Tests.Privacy;

/// <summary>
/// The village public notice (公示) shows the partly masked name, the village, the item and the period, and nothing
/// else: no ID number (full or masked), category, grade or phone, even for a person whose certificate is on file.
/// </summary>
public abstract class PublicNoticeTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string Query = "?from=2026-11-30&to=2026-12-04";
    private static int _next = 43_000;

    [Fact]
    public async Task A_notice_names_the_person_partly_and_shows_no_identity_or_health_data()
    {
        var n = Interlocked.Increment(ref _next);
        var id = await RegisterWithCertificateAsync(n, "王小明", DemoUsers.CaseworkerTown, DemoUsers.MemberVillage);
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);

        using var response = await member.GetAsync(new Uri($"/api/persons/{id}/public-notice{Query}", UriKind.Relative));
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = JsonDocument.Parse(raw).RootElement;
        Assert.Equal("王*明", notice.GetProperty("maskedName").GetString());
        Assert.Equal("太平村", notice.GetProperty("village").GetString());
        Assert.Contains("王*明拟办理残疾人证", notice.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("2026年11月30日至2026年12月4日", notice.GetProperty("text").GetString(), StringComparison.Ordinal);
        var idNumber = SyntheticIdNumbers.Create(n);
        Assert.DoesNotContain("王小明", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[..6], raw, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[^4..], raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Physical", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("肢体", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("grade", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("级", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_field_roles_in_their_own_jurisdiction_print_a_notice_and_the_period_is_checked()
    {
        var inside = await RegisterWithCertificateAsync(Interlocked.Increment(ref _next), "李四", DemoUsers.CaseworkerTown, DemoUsers.MemberVillage);
        var outside = await RegisterWithCertificateAsync(Interlocked.Increment(ref _next), "赵五", "610921.02", "610921.02.001");
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);
        using var assessor = await node.Factory.CreateClientAsAsync(Roles.Assessor);

        using var elsewhere = await member.GetAsync(new Uri($"/api/persons/{outside}/public-notice{Query}", UriKind.Relative));
        using var noRole = await assessor.GetAsync(new Uri($"/api/persons/{inside}/public-notice{Query}", UriKind.Relative));
        using var noFrom = await member.GetAsync(new Uri($"/api/persons/{inside}/public-notice?to=2026-12-04", UriKind.Relative));
        using var backwards = await member.GetAsync(new Uri($"/api/persons/{inside}/public-notice?from=2026-12-04&to=2026-11-30", UriKind.Relative));
        using var twoLetters = await member.GetAsync(new Uri($"/api/persons/{inside}/public-notice{Query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noRole.StatusCode);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "from"), (noFrom.StatusCode, await FieldAsync(noFrom)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "to"), (backwards.StatusCode, await FieldAsync(backwards)));
        Assert.Equal("李*", (await twoLetters.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("maskedName").GetString());
    }

    private static async Task<string?> FieldAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString();

    private async Task<string> RegisterWithCertificateAsync(int n, string name, string town, string village)
    {
        using var created = await node.Client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), TestPersons.Request(n, name, town, village));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/persons/{id}/certificates", UriKind.Relative))
        {
            Content = JsonContent.Create(new { category = "Physical", grade = 2, cardGeneration = 3, issueDate = "2026-11-20", issuingBody = "汉阴县残联" }),
        };
        request.Headers.IfMatch.Add(created.Headers.ETag!);
        using var issued = await node.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return id;
    }
}
