using System.Security.Claims;
using CaseFlow.Grains.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Api.Auth;

/// <summary>Signs embedded-mode access tokens (HMAC-SHA256) carrying the user's roles and jurisdictions.</summary>
public sealed class TokenIssuer(AuthOptions options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A signed token for <paramref name="user"/> and the instant it expires.</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = time.GetUtcNow();
        var expires = now + options.TokenLifetime;
        var claims = new List<Claim>
        {
            new(AuthClaims.Subject, user.Id),
            new(AuthClaims.Login, user.Login),
            new(AuthClaims.Name, user.DisplayName),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        claims.AddRange(user.Roles.Select(r => r.Role).Distinct(StringComparer.Ordinal).Select(role => new Claim(AuthClaims.Role, role)));
        claims.AddRange(user.Roles.Select(r => new Claim(AuthClaims.Jurisdiction, r.Role + ":" + r.JurisdictionCode)));

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(options.SigningKeyBytes()), SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
