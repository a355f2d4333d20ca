using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Audit;

/// <summary>Who did what to whose case, and when: commands and reads land in the audit log, which only auditors read.</summary>
public abstract class AuditTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    [Fact]
    public async Task A_caseworkers_register_and_read_are_audited_with_route_target_status_and_reason()
    {
        // Arrange
        using var caseworker = await node.Factory.CreateClientAsAsync("caseworker");
        using var director = await node.Factory.CreateClientAsAsync("director");

        // Act: register, then read the case file stating a reason.
        using var created = await caseworker.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), TestPersons.Request(950, "审计", "610921.01", "610921.01.004"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/persons/{id}", UriKind.Relative));
        read.Headers.Add("X-CaseFlow-Reason", "home visit preparation");
        using var readResponse = await caseworker.SendAsync(read);
        Assert.Equal(HttpStatusCode.OK, readResponse.StatusCode);

        // Assert: the auditor finds both for that target, the registration named by the id it created.
        var page = await director.GetFromJsonAsync<JsonElement>(new Uri($"/api/audit?targetId={id}", UriKind.Relative));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["GET", "POST"], items.Select(i => i.GetProperty("method").GetString()));
        var get = Assert.Single(items, i => i.GetProperty("method").GetString() == "GET");
        Assert.Equal("caseworker.chengguan", get.GetProperty("actor").GetString());
        Assert.Equal("/api/persons/{id}", get.GetProperty("route").GetString());
        Assert.Equal(200, get.GetProperty("status").GetInt32());
        Assert.Equal("home visit preparation", get.GetProperty("reason").GetString());
        Assert.Contains("caseworker", get.GetProperty("roles").GetString(), StringComparison.Ordinal);

        var byActor = await director.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?actor=caseworker.chengguan&method=POST", UriKind.Relative));
        Assert.Contains(byActor.GetProperty("items").EnumerateArray(), i => i.GetProperty("route").GetString() == "/api/persons" && i.GetProperty("status").GetInt32() == 201);
    }

    [Fact]
    public async Task Only_director_and_admin_read_the_audit_log()
    {
        foreach (var (role, expected) in new[] { ("caseworker", HttpStatusCode.Forbidden), ("supervisor", HttpStatusCode.Forbidden), ("director", HttpStatusCode.OK), ("admin", HttpStatusCode.OK) })
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            using var response = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));
            Assert.True(expected == response.StatusCode, $"{role}: {(int)response.StatusCode}");
        }

        using var anonymous = await node.Anonymous.GetAsync(new Uri("/api/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
