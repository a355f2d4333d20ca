using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// Production mode: a node trusts tokens of the configured OIDC authority and audience only, and maps the provider's
/// own claim names to roles and jurisdictions; it issues no tokens itself.
/// </summary>
public sealed class OidcTokenTests : IAsyncLifetime
{
    private const string Audience = "caseflow-county";
    private FakeOidcProvider _provider = null!;
    private CaseFlowApiFactory _node = null!;

    public async Task InitializeAsync()
    {
        _provider = await FakeOidcProvider.StartAsync();
        _node = CaseFlowApiFactory.Sqlite(new Dictionary<string, string?>
        {
            ["Auth:Mode"] = "Oidc",
            ["Auth:Authority"] = _provider.Authority,
            ["Auth:RequireHttpsMetadata"] = "false",
            ["Auth:Audience"] = Audience,
            ["Auth:NameClaim"] = "login_name",
            ["Auth:RoleClaim"] = "caseflow_roles",
            ["Auth:JurisdictionClaim"] = "area",
        });
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task Provider_claims_map_to_login_roles_and_jurisdictions()
    {
        var token = _provider.Issue(Audience,
        [
            new Claim("sub", "idp-user-17"),
            new Claim("login_name", "li.town"),
            new Claim("caseflow_roles", "caseworker"),
            new Claim("caseflow_roles", "petition_officer"),
            new Claim("caseflow_roles", "not-a-caseflow-role"),
            new Claim("area", "610921.01"),
        ]);

        using var response = await GetMeAsync(token);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("li.town", me.GetProperty("login").GetString());
        Assert.Equal(["caseworker", "petition_officer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["caseworker@610921.01", "petition_officer@610921.01"],
            me.GetProperty("jurisdictions").EnumerateArray()
                .Select(j => j.GetProperty("role").GetString() + "@" + j.GetProperty("jurisdictionCode").GetString())
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Tokens_for_another_audience_or_signed_by_another_key_are_401()
    {
        Claim[] claims = [new("sub", "u"), new("login_name", "x"), new("caseflow_roles", "director"), new("area", "610921")];
        using var otherKey = RSA.Create(2048);

        using var wrongAudience = await GetMeAsync(_provider.Issue("another-app", claims));
        using var forged = await GetMeAsync(_provider.Issue(Audience, claims, new RsaSecurityKey(otherKey) { KeyId = "fake-oidc-1" }));
        using var genuine = await GetMeAsync(_provider.Issue(Audience, claims));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongAudience.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    [Fact]
    public async Task The_node_issues_no_tokens_in_oidc_mode()
    {
        using var client = _node.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { login = "supervisor", password = "Hanyin-demo-2026" });

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetMeAsync(string token)
    {
        using var client = _node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
    }
}
