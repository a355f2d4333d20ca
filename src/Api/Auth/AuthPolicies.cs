namespace CaseFlow.Api.Auth;

/// <summary>Names of the authorisation and rate-limit policies the host registers and the endpoint groups use.</summary>
public static class AuthPolicies
{
    /// <summary>Users, roles and jurisdictions: the admin role only.</summary>
    public const string Admin = "caseflow-admin";

    /// <summary>Designing, deploying and publishing processes: supervisor and director.</summary>
    public const string ProcessDesign = "caseflow-process-design";

    /// <summary>Reading the audit log: director and admin.</summary>
    public const string Audit = "caseflow-audit";

    /// <summary>The rate limit of the token endpoint, per client address.</summary>
    /// <summary>Holders of <c>pii:reveal</c>: the roles named by <c>Auth:RevealRoles</c>.</summary>
    public const string PiiReveal = "caseflow-pii-reveal";

    public const string TokenRateLimit = "caseflow-token";
}
