using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>Sign-in issues a token with roles and jurisdictions; anything but a valid, current, genuine token is 401.</summary>
public sealed class TokenTests(SqliteNodeFixture node) : IClassFixture<SqliteNodeFixture>
{
    [Fact]
    public async Task Sign_in_issues_a_token_with_subject_name_roles_jurisdictions_and_expiry()
    {
        var token = new JsonWebToken(await node.Factory.TokenForAsync(Roles.Caseworker, node.Anonymous));

        Assert.Equal("U-demo-caseworker", token.Subject);
        Assert.Equal("caseworker.chengguan", token.GetClaim(AuthClaims.Login).Value);
        Assert.Equal("城关镇专干（演示）", token.GetClaim(AuthClaims.Name).Value);
        Assert.Equal([Roles.Caseworker], token.Claims.Where(c => c.Type == AuthClaims.Role).Select(c => c.Value));
        Assert.Equal(["caseworker:610921.01"], token.Claims.Where(c => c.Type == AuthClaims.Jurisdiction).Select(c => c.Value));
        Assert.InRange(token.ValidTo - DateTime.UtcNow, TimeSpan.FromMinutes(55), TimeSpan.FromMinutes(61));
        Assert.Equal("caseflow", token.Issuer);
        Assert.Equal(["caseflow-api"], token.Audiences);
    }

    [Fact]
    public async Task Me_returns_login_roles_and_jurisdictions()
    {
        using var client = await node.Factory.CreateClientAsAsync(Roles.VillageMember);

        var me = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal("member.taiping", me.GetProperty("login").GetString());
        Assert.Equal(Roles.VillageMember, me.GetProperty("roles")[0].GetString());
        Assert.Equal("610921.01.001", me.GetProperty("jurisdictions")[0].GetProperty("jurisdictionCode").GetString());
    }

    [Theory]
    [InlineData("supervisor", "wrong-password")]
    [InlineData("nobody-here", DemoUsers.Password)]
    [InlineData("", "")]
    public async Task Wrong_login_or_password_is_401_without_saying_which(string login, string password)
    {
        using var response = await node.Anonymous.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { login, password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("INVALID_CREDENTIALS", problem.GetProperty("code").GetString());
        Assert.Equal("The login or the password is wrong.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Token_made_with_the_node_key_issuer_and_audience_is_accepted()
    {
        // The control for the forged tokens below: only the one property each changes makes them fail.
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(Forge()));
    }

    [Fact]
    public async Task Missing_token_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(null));
    }

    [Fact]
    public async Task Expired_token_is_401()
    {
        var past = DateTime.UtcNow.AddHours(-2);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(Forge(notBefore: past, expires: past.AddHours(1))));
    }

    [Fact]
    public async Task Wrong_audience_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(Forge(audience: "someone-else")));
    }

    [Fact]
    public async Task Wrong_issuer_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(Forge(issuer: "https://evil.example")));
    }

    [Fact]
    public async Task Other_signing_key_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(Forge(key: "an-entirely-different-signing-key-of-enough-length")));
    }

    [Fact]
    public async Task Tampered_token_is_401_while_the_original_works()
    {
        // Arrange: a genuine village-member token; a copy whose payload claims the director role under the original
        // signature; and a copy with one signature character changed.
        var genuine = await node.Factory.TokenForAsync(Roles.VillageMember, node.Anonymous);
        var parts = genuine.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("village_member", "director", StringComparison.Ordinal);
        var tampered = parts[0] + "." + Base64UrlEncoder.Encode(payload) + "." + parts[2];
        var flipped = parts[0] + "." + parts[1] + "." + (parts[2][0] == 'A' ? 'B' : 'A') + parts[2][1..];

        // Act + Assert
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(genuine));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(tampered));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(flipped));
    }

    [Fact]
    public async Task Unsigned_token_is_401()
    {
        var parts = Forge().Split('.');
        var none = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(none));
    }

    [Fact]
    public async Task Actor_in_case_history_is_the_signed_in_login()
    {
        using var client = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var created = await client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), TestPersons.Request(9101, "历史测试"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var history = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/persons/{id}/history", UriKind.Relative));

        Assert.Equal("caseworker.chengguan", history[0].GetProperty("actor").GetString());
    }

    private async Task<HttpStatusCode> StatusWithAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/auth/me", UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await node.Anonymous.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("UNAUTHENTICATED", problem.GetProperty("code").GetString());
        }

        return response.StatusCode;
    }

    private static string Forge(string key = AuthOptions.DevelopmentSigningKey, string issuer = "caseflow", string audience = "caseflow-api", DateTime? notBefore = null, DateTime? expires = null)
    {
        var from = notBefore ?? DateTime.UtcNow.AddMinutes(-1);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }
            .CreateToken(Descriptor(key, issuer, audience, from, expires ?? from.AddHours(1)));
    }

    private static SecurityTokenDescriptor Descriptor(string key, string issuer, string audience, DateTime notBefore, DateTime expires) => new()
    {
        Issuer = issuer,
        Audience = audience,
        IssuedAt = notBefore,
        NotBefore = notBefore,
        Expires = expires,
        Subject = new ClaimsIdentity([new Claim(AuthClaims.Subject, "U-demo-director"), new Claim(AuthClaims.Login, "director"), new Claim(AuthClaims.Role, Roles.Director)]),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
    };
}
