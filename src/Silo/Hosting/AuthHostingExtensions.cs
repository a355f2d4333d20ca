using System.Threading.RateLimiting;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Identity;
using CaseFlow.Silo.Logging;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// JWT bearer authentication (embedded or OIDC), the authorisation policies, and the sign-in rate limit.
/// </summary>
internal static class AuthHostingExtensions
{
    public static IHostApplicationBuilder AddCaseFlowAuth(this IHostApplicationBuilder builder, AuthOptions auth)
    {
        var services = builder.Services;
        services.TryAddSingleton(auth);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenIssuer>();
        services.TryAddSingleton<SignInService>();
        services.TryAddSingleton<ActiveUsers>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            // Claims keep the names they have in the token (sub, role, jurisdiction), not WS-* URIs.
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidAudience = auth.Audience,
                NameClaimType = auth.NameClaim,
                RoleClaimType = auth.RoleClaim,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            if (auth.Mode == AuthMode.Oidc)
            {
                // Issuer and signing keys come from the provider's discovery document.
                o.Authority = auth.Authority;
                o.Audience = auth.Audience;
                o.RequireHttpsMetadata = auth.RequireHttpsMetadata;
            }
            else
            {
                o.TokenValidationParameters.ValidIssuer = auth.Issuer;
                o.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(auth.SigningKeyBytes());
                o.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }

            o.Events = new JwtBearerEvents
            {
                // The dashboard is a browser page: there, and only there, the token may come from its cookie.
                OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments(DashboardSession.PathPrefix, StringComparison.OrdinalIgnoreCase)
                        && context.Request.Cookies.TryGetValue(DashboardSession.CookieName, out var cookie))
                    {
                        context.Token = cookie;
                    }

                    return Task.CompletedTask;
                },
                // A deactivated user's token stops working at the next request, not at its expiry.
                OnTokenValidated = async context =>
                {
                    if (context.Principal?.FindFirst(AuthClaims.Subject)?.Value is { Length: > 0 } subject
                        && !await context.HttpContext.RequestServices.GetRequiredService<ActiveUsers>()
                            .IsActiveAsync(subject, context.HttpContext.RequestAborted).ConfigureAwait(false))
                    {
                        context.Fail("The account is deactivated.");
                    }
                },
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    await ApiProblems.WriteAsync(context.HttpContext, ApiErrorCodes.Unauthenticated,
                        "Send a valid access token: Authorization: Bearer <token> (POST /api/auth/token).").ConfigureAwait(false);
                },
                OnForbidden = context => ApiProblems.WriteAsync(context.HttpContext, ApiErrorCodes.Forbidden,
                    "Your role does not allow this request."),
            };
        });

        services.AddAuthorizationBuilder()
            // Anything mapped without its own rule still needs a token; operations endpoints opt out explicitly.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AuthPolicies.Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .AddPolicy(AuthPolicies.ProcessDesign, p => p.RequireAuthenticatedUser().RequireRole(Roles.Supervisor, Roles.Director))
            .AddPolicy(AuthPolicies.Audit, p => p.RequireAuthenticatedUser().RequireRole(Roles.Director, Roles.Admin))
            .AddPolicy(AuthPolicies.PiiReveal, p => p.RequireAuthenticatedUser().RequireRole(auth.RevealRoleList()));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AuthPolicies.TokenRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = auth.TokenRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsLimitedWrite(http.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.User.FindFirst(AuthClaims.Subject)?.Value ?? "address:" + http.Connection.RemoteIpAddress,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = auth.WritesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            o.OnRejected = (context, _) => new ValueTask(ApiProblems.WriteAsync(context.HttpContext, ApiErrorCodes.RateLimited,
                context.HttpContext.Request.Path.StartsWithSegments("/api/auth", StringComparison.OrdinalIgnoreCase)
                    ? "Too many sign-in attempts from this address; wait a minute."
                    : "Too many changes from your account in the last minute; wait a minute and send the request again."));
        });
        return builder;
    }

    /// <summary>Changing API requests other than sign-in, which has its own per-address limit.</summary>
    private static bool IsLimitedWrite(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
        && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/api/auth", StringComparison.OrdinalIgnoreCase);

    public static WebApplication UseCaseFlowAuth(this WebApplication app)
    {
        var auth = app.Services.GetRequiredService<AuthOptions>();
        if (auth.Mode == AuthMode.Embedded && auth.SigningKey == AuthOptions.DevelopmentSigningKey)
        {
            SiloLog.DevelopmentSigningKey(app.Logger);
        }

        app.UseAuthentication();

        // Between authentication and authorisation: the audit log knows the caller, and still sees the requests that
        // a role gate (403) or the write rate limit (429) refuses.
        app.UseCaseFlowAudit();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseCaseFlowIdNumberGuard();
        return app;
    }

}
