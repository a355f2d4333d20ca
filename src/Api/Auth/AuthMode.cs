namespace CaseFlow.Api.Auth;

/// <summary>Where access tokens come from.</summary>
public enum AuthMode
{
    /// <summary>CaseFlow signs its own tokens for the users in its database (<c>POST /api/auth/token</c>). The default.</summary>
    Embedded,

    /// <summary>Tokens come from an external OpenID Connect provider; CaseFlow only validates them.</summary>
    Oidc,
}
