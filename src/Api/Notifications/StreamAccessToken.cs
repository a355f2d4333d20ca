using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CaseFlow.Api.Notifications;

/// <summary>
/// Lets a browser <c>EventSource</c>, which cannot send headers, authenticate the notification stream with an
/// <c>access_token</c> query parameter; on that one path only, and only when no Authorization header is present.
/// </summary>
/// <remarks>
/// The parameter is removed from the request as soon as it is read, so nothing later in the pipeline (request logging,
/// the audit log, error handlers) can see it; the audit log records route templates, never query strings, anyway.
/// Tokens in URLs can still reach proxy logs and browser history: keep stream tokens short-lived.
/// </remarks>
public sealed class StreamAccessToken : IPostConfigureOptions<JwtBearerOptions>
{
    public const string QueryParameter = "access_token";

    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        options.Events ??= new JwtBearerEvents();
        var inner = options.Events.OnMessageReceived;
        options.Events.OnMessageReceived = async context =>
        {
            await inner(context).ConfigureAwait(false);
            TakeFromQuery(context);
        };
    }

    /// <summary>Moves the query token into the authentication context and out of the request.</summary>
    internal static void TakeFromQuery(MessageReceivedContext context)
    {
        var request = context.Request;
        if (!request.Query.TryGetValue(QueryParameter, out var values))
        {
            return;
        }

        request.QueryString = QueryString.Create(request.Query.Where(p => p.Key != QueryParameter));
        if (context.Token is null
            && request.Headers.Authorization.Count == 0
            && request.Path.Equals(NotificationsApi.StreamPath, StringComparison.OrdinalIgnoreCase)
            && values is [{ Length: > 0 } token])
        {
            context.Token = token;
        }
    }
}
