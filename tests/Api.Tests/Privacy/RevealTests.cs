using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using CaseFlow.Silo.Seeding;

namespace CaseFlow.Api.Tests.Privacy;

/// <summary>
/// The full ID number is shown only to pii:reveal roles, in their jurisdiction, with a reason, after an audit entry;
/// it is never kept for replay.
/// </summary>
public abstract class RevealTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    [Fact]
    public async Task Caseworker_reveals_with_a_reason_and_the_auditor_sees_who_whom_when_and_why()
    {
        var (id, idNumber) = await RegisterAsync(24_950, "610921.01.003");
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var director = await node.Factory.CreateClientAsAsync(Roles.Director);

        using var request = new HttpRequestMessage(HttpMethod.Post, RevealUri(id)) { Content = JsonContent.Create(new { reason = "核对残疾人证申请材料" }) };
        request.Headers.Add("Idempotency-Key", "reveal-" + id);
        using var response = await caseworker.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(idNumber, body.GetProperty("idNumber").GetString());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var audit = await director.GetFromJsonAsync<JsonElement>(new Uri($"/api/audit?targetId={id}&method=POST", UriKind.Relative));
        var reveal = Assert.Single(audit.GetProperty("items").EnumerateArray(), i => i.GetProperty("route").GetString() == "/api/persons/{id}/reveal");
        Assert.Equal("caseworker.chengguan", reveal.GetProperty("actor").GetString());
        Assert.Equal("核对残疾人证申请材料", reveal.GetProperty("reason").GetString());

        // The same key again runs the reveal again (and audits it again): the unmasked answer was never stored.
        using var again = new HttpRequestMessage(HttpMethod.Post, RevealUri(id)) { Content = JsonContent.Create(new { reason = "核对残疾人证申请材料" }) };
        again.Headers.Add("Idempotency-Key", "reveal-" + id);
        using var second = await caseworker.SendAsync(again);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
        var after = await director.GetFromJsonAsync<JsonElement>(new Uri($"/api/audit?targetId={id}&method=POST", UriKind.Relative));
        Assert.Equal(2, after.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("route").GetString() == "/api/persons/{id}/reveal"));
    }

    [Fact]
    public async Task Without_permission_reason_or_jurisdiction_nothing_is_revealed()
    {
        var (id, idNumber) = await RegisterAsync(24_951, "610921.02.001");
        using var caseworkerOfAnotherTown = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);
        using var admin = await node.Factory.CreateClientAsAsync(Roles.Admin);

        var outside = await RevealAsync(caseworkerOfAnotherTown, id, "核对材料");
        var noPermission = await RevealAsync(member, id, "核对材料");
        var adminRefused = await RevealAsync(admin, id, "核对材料");
        var noReason = await RevealAsync(node.Client, id, " ");
        var unknown = await RevealAsync(node.Client, "P-never-registered", "核对材料");
        var allowed = await RevealAsync(node.Client, id, "核对材料");

        Assert.Equal((HttpStatusCode.NotFound, "PERSON_NOT_FOUND"), (outside.Status, outside.Code));
        Assert.Equal(HttpStatusCode.Forbidden, noPermission.Status);
        Assert.Equal(HttpStatusCode.Forbidden, adminRefused.Status);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "REASON_REQUIRED"), (noReason.Status, noReason.Code));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        foreach (var refused in new[] { outside, noPermission, adminRefused, noReason, unknown })
        {
            Assert.DoesNotContain(idNumber, refused.Body, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static Uri RevealUri(string id) => new($"/api/persons/{id}/reveal", UriKind.Relative);

    private async Task<(string Id, string IdNumber)> RegisterAsync(int seed, string village)
    {
        var idNumber = SyntheticIdNumbers.Create(seed);
        using var created = await node.Client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), new
        {
            name = "亮证测试", idNumber, townCode = village[..9], villageCode = village,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return ((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, idNumber);
    }

    private static async Task<(HttpStatusCode Status, string? Code, string Body)> RevealAsync(HttpClient client, string id, string reason)
    {
        using var response = await client.PostAsJsonAsync(RevealUri(id), new { reason });
        var body = await response.Content.ReadAsStringAsync();
        var code = response.IsSuccessStatusCode || body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        return (response.StatusCode, code, body);
    }
}
