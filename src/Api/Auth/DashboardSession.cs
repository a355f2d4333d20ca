using Microsoft.AspNetCore.Http;

namespace CaseFlow.Api.Auth;

/// <summary>The cookie that carries an admin's token to the Orleans dashboard, a browser page that cannot send a bearer header.</summary>
/// <remarks>
/// HttpOnly so page scripts cannot read it, SameSite=Strict so no other site can make the browser send it, and
/// scoped to <c>/dashboard</c>: the API itself never accepts it, so it cannot be used to change a case.
/// </remarks>
public static class DashboardSession
{
    public const string CookieName = "caseflow_dashboard";

    public const string PathPrefix = "/dashboard";

    public static CookieOptions Options(HttpRequest request, DateTimeOffset expires) => new()
    {
        HttpOnly = true,
        Secure = request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = PathPrefix,
        Expires = expires,
        IsEssential = true,
    };
}
