namespace CaseFlow.Api.Auth;

/// <summary>Claim types of CaseFlow's own tokens; OIDC tokens are mapped onto the same meaning by configuration.</summary>
public static class AuthClaims
{
    public const string Subject = "sub";
    public const string Login = "preferred_username";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>A role's jurisdiction as <c>role:code</c>, e.g. <c>caseworker:610921.01</c>; a bare code applies to every role held.</summary>
    public const string Jurisdiction = "jurisdiction";
}
