using CaseFlow.Api.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Audit;

/// <summary>
/// Records every <c>/api</c> request of a signed-in user in the audit log after it has been answered: commands and
/// reads alike, with the route template, the target id, the status and the stated reason.
/// </summary>
/// <remarks>
/// Reads are audited because reading a case file is itself an act on sensitive data. Sign-in is logged by the
/// auth service instead (it has no user yet). An audit write that fails is logged as an error; the request it
/// describes has already happened and cannot be taken back.
/// </remarks>
public sealed partial class AuditMiddleware(RequestDelegate next, AuditStore store, TimeProvider time, ILogger<AuditMiddleware> logger)
{
    public const string ReasonHeader = "X-CaseFlow-Reason";

    /// <summary>Set in <c>HttpContext.Items</c> by an endpoint that wrote its own entry before answering (a reveal).</summary>
    public const string AuditedItem = "caseflow.audited";
    private const int MaxReasonLength = 500;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (context.User.Identity?.IsAuthenticated == true && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && !context.Items.ContainsKey(AuditedItem))
            {
                await AppendAsync(context).ConfigureAwait(false);
            }
        }
    }

    private async Task AppendAsync(HttpContext context)
    {
        var reason = context.Request.Headers[ReasonHeader].ToString();
        var entry = new AuditEntry(
            0,
            time.GetUtcNow(),
            context.User.FindFirst(AuthClaims.Login)?.Value ?? context.User.FindFirst(AuthClaims.Subject)?.Value ?? "unknown",
            string.Join(',', context.User.FindAll(AuthClaims.Role).Select(c => c.Value).Order(StringComparer.Ordinal)),
            context.Request.Method,
            RouteOf(context),
            TargetOf(context),
            context.Response.StatusCode,
            reason.Length == 0 ? null : reason[..Math.Min(reason.Length, MaxReasonLength)],
            context.TraceIdentifier);
        try
        {
            await store.AppendAsync(entry, CancellationToken.None).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException ex)
        {
            LogAuditWriteFailed(logger, ex, entry.Method, entry.Route, entry.TraceId);
        }
    }

    private static string RouteOf(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } template
            ? "/" + template.Trim('/')
            : context.Request.Path.ToString();

    // A create names its target only in the Location of the answer: the new resource's id is its last segment.
    private static string? TargetOf(HttpContext context) =>
        (context.Request.RouteValues["id"] ?? context.Request.RouteValues["key"])?.ToString()
        ?? (context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location[(location.LastIndexOf('/') + 1)..] : null);

    [LoggerMessage(EventId = 6001, EventName = "AuditWriteFailed", Level = LogLevel.Error,
        Message = "Could not write the audit entry for {Method} {Route} (trace {TraceId}).")]
    private static partial void LogAuditWriteFailed(ILogger logger, Exception exception, string method, string route, string traceId);
}
