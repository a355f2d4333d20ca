using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>The Orleans dashboard needs an admin, by bearer token or its cookie, and never shows grain state.</summary>
public sealed class DashboardAccessTests(SqliteNodeFixture node) : IClassFixture<SqliteNodeFixture>
{
    private static readonly Uri ClusterStats = new("/dashboard/ClusterStats", UriKind.Relative);

    [Fact]
    public async Task Dashboard_needs_a_signed_in_admin()
    {
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var admin = await node.Factory.CreateClientAsAsync(Roles.Admin);

        Assert.Equal(HttpStatusCode.Unauthorized, (await node.Anonymous.GetAsync(ClusterStats)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync(ClusterStats)).StatusCode);
        using var page = await admin.GetAsync(ClusterStats);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(JsonValueKind.Object, (await page.Content.ReadFromJsonAsync<JsonElement>()).ValueKind);
    }

    [Fact]
    public async Task Admin_session_cookie_opens_the_dashboard_and_only_the_dashboard()
    {
        using var admin = await node.Factory.CreateClientAsAsync(Roles.Admin);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.PostAsync(new Uri("/api/auth/dashboard-session", UriKind.Relative), null)).StatusCode);
        using var opened = await admin.PostAsync(new Uri("/api/auth/dashboard-session", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, opened.StatusCode);
        var setCookie = Assert.Single(opened.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(DashboardSession.CookieName + "=", setCookie, StringComparison.Ordinal);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/dashboard", setCookie, StringComparison.OrdinalIgnoreCase);

        var cookie = setCookie.Split(';', 2)[0];
        Assert.Equal(HttpStatusCode.OK, (await SendWithCookieAsync(ClusterStats, cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendWithCookieAsync(new Uri("/api/auth/me", UriKind.Relative), cookie)).StatusCode);
    }

    [Fact]
    public async Task Grain_state_view_is_refused_even_to_admins()
    {
        using var admin = await node.Factory.CreateClientAsAsync(Roles.Admin);

        using var response = await admin.GetAsync(new Uri("/dashboard/GrainState?grainId=person/P0001&grainType=person", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("FORBIDDEN", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Dashboard_stays_out_of_the_api_description()
    {
        var document = await node.Anonymous.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.DoesNotContain(document.GetProperty("paths").EnumerateObject(), p => p.Name.StartsWith("/dashboard", StringComparison.Ordinal));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/auth/dashboard-session", out _));
    }

    private async Task<HttpResponseMessage> SendWithCookieAsync(Uri uri, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add("Cookie", cookie);
        return await node.Anonymous.SendAsync(request);
    }
}
