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
        TokenRequest request, [AsParameters] AuthServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        var outcome = await services.SignIn.SignInAsync(request.Login, request.Password, cancellationToken);
        if (outcome.User is not { } user)
        {
            var code = outcome.ErrorCode ?? ApiErrorCodes.InvalidCredentials;
            return ApiProblems.Of(code, code == ApiErrorCodes.AccountLocked
                ? "Too many failed sign-ins: this account is locked for a while. Try again later or ask an admin."
                : "The login or the password is wrong.");
        }

        var (token, expiresAt) = services.Tokens.Issue(user);
        var seconds = (int)Math.Round((expiresAt - services.Time.GetUtcNow()).TotalSeconds);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", seconds, expiresAt));
    }

    public static Ok<MeResponse> GetMe(HttpContext http, [AsParameters] AuthServices services)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(services);
        var caller = Caller.From(http.User, services.Options);
        return TypedResults.Ok(new MeResponse(caller.Login, http.User.FindFirst(AuthClaims.Name)?.Value, caller.Roles, caller.Assignments));
    }
}
