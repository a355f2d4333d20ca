using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using CaseFlow.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// An identity provider on loopback that serves only what a relying party reads (the discovery document and the
/// signing keys), and signs tokens with claim names of its own, as a county's real provider would.
/// </summary>
public sealed class FakeOidcProvider : IAsyncDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly WebApplication _app;

    private FakeOidcProvider(WebApplication app, string authority)
    {
        _app = app;
        Authority = authority;
        Key = new RsaSecurityKey(_rsa) { KeyId = "fake-oidc-1" };
    }

    public string Authority { get; }

    public RsaSecurityKey Key { get; }

    public static async Task<FakeOidcProvider> StartAsync()
    {
        var port = FreePorts.Next();
        var authority = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/realms/county");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var app = builder.Build();
        var provider = new FakeOidcProvider(app, authority);
        app.MapGet("/realms/county/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = authority,
            ["jwks_uri"] = authority + "/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/realms/county/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(provider._rsa.ExportParameters(false)) { KeyId = provider.Key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        await app.StartAsync();
        return provider;
    }

    /// <summary>A token from this provider (or, with <paramref name="signingKey"/>, one that only claims to be).</summary>
    public string Issue(string audience, IEnumerable<Claim> claims, SecurityKey? signingKey = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(signingKey ?? Key, SecurityAlgorithms.RsaSha256),
        });

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
