using CaseFlow.Api.Audit;
using CaseFlow.Api.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Auth;

/// <summary>Sign-in and the caller's own identity: <c>/api/auth</c>.</summary>
public static class AuthApi
{
    private const string Tag = "Auth";

    /// <param name="app">The application.</param>
    /// <param name="embedded">True to map the token endpoint; with an external provider, CaseFlow issues no tokens.</param>
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app, bool embedded)
    {
        var group = app.MapGroup("api/auth").WithTags(Tag);
        group.MapGet("/me", GetMe).WithName("GetMe").WithSummary("The caller's login, roles and jurisdictions");
        group.MapPost("/dashboard-session", OpenDashboardSession).WithName("OpenDashboardSession")
            .WithSummary("Admins: put the presented token in an HttpOnly cookie for the Orleans dashboard at /dashboard")
            .RequireAuthorization(AuthPolicies.Admin);
        if (!embedded)
        {
            return group;
        }

        // The one anonymous endpoint under /api: it is how a caller gets a token. Rate-limited per client address.
        group.MapPost("/token", IssueTokenAsync).WithName("IssueToken").WithSummary("Sign in with login and password (embedded mode)")
            .AllowAnonymous().RequireRateLimiting(AuthPolicies.TokenRateLimit);
        return group;
    }

    /// <summary>200 with a token; 401 INVALID_CREDENTIALS; 423 ACCOUNT_LOCKED; 429 RATE_LIMITED.</summary>
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, [AsParameters] AuthServices services, SignInAudit audit, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(audit);
        var outcome = await services.SignIn.SignInAsync(request.Login, request.Password, cancellationToken);
        if (outcome.User is not { } user)
        {
            var code = outcome.ErrorCode ?? ApiErrorCodes.InvalidCredentials;
            await audit.RecordAsync(http, outcome, code == ApiErrorCodes.AccountLocked ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized);
            return ApiProblems.Of(code, code == ApiErrorCodes.AccountLocked
                ? "Too many failed sign-ins: this account is locked for a while. Try again later or ask an admin."
                : "The login or the password is wrong.");
        }

        await audit.RecordAsync(http, outcome, StatusCodes.Status200OK);
        var (token, expiresAt) = services.Tokens.Issue(user);
        var seconds = (int)Math.Round((expiresAt - services.Time.GetUtcNow()).TotalSeconds);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", seconds, expiresAt));
    }

    /// <summary>204 with the dashboard cookie set to the caller's own token, which keeps its expiry.</summary>
    public static NoContent OpenDashboardSession(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var header = http.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        var token = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : string.Empty;
        var expires = long.TryParse(http.User.FindFirst("exp")?.Value, System.Globalization.CultureInfo.InvariantCulture, out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp)
            : DateTimeOffset.UtcNow.AddMinutes(15);
        http.Response.Cookies.Append(DashboardSession.CookieName, token, DashboardSession.Options(http.Request, expires));
        return TypedResults.NoContent();
    }

    public static Ok<MeResponse> GetMe(HttpContext http, [AsParameters] AuthServices services)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(services);
        var caller = Caller.From(http.User, services.Options);
        return TypedResults.Ok(new MeResponse(caller.Login, http.User.FindFirst(AuthClaims.Name)?.Value, caller.Roles, caller.Assignments));
    }
}
