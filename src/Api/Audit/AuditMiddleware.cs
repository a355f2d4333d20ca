using CaseFlow.Api.Auth;
using CaseFlow.Grains.Persons;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Audit;

/// <summary>
/// Records every <c>/api</c> request of a signed-in user in the audit log after it has been answered: commands and
/// reads alike, refused ones too (403, 429), with the route template, the target id, the status and the stated reason.
/// </summary>
/// <remarks>
/// Reads are audited because reading a case file is itself an act on sensitive data. Sign-in has no user yet, so the
/// token endpoint writes its own entry (<see cref="SignInAudit"/>). An audit write that fails is logged as an error;
/// the request it describes has already happened and cannot be taken back.
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

        // Written as the answer starts, so the entry exists before the caller can read a byte of it; the finally
        // block covers an answer that never started (an exception, a dropped connection).
        var written = false;
        context.Response.OnStarting(async () =>
        {
            if (!written && ShouldAudit(context))
            {
                written = true;
                await AppendAsync(context, context.Response.StatusCode).ConfigureAwait(false);
            }
        });
        var failed = false;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch
        {
            // The exception handler outside turns this into a 500; the entry must say so, not the 200 not yet sent.
            failed = true;
            throw;
        }
        finally
        {
            if (!written && ShouldAudit(context))
            {
                written = true;
                await AppendAsync(context, failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode).ConfigureAwait(false);
            }
        }
    }

    private static bool ShouldAudit(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !context.Items.ContainsKey(AuditedItem);

    private async Task AppendAsync(HttpContext context, int status)
    {
        // A reason is free text; someone may well type the number they are looking up into it.
        var reason = PiiText.Mask(context.Request.Headers[ReasonHeader].ToString());
        var entry = new AuditEntry(
            0,
            time.GetUtcNow(),
            context.User.FindFirst(AuthClaims.Login)?.Value ?? context.User.FindFirst(AuthClaims.Subject)?.Value ?? "unknown",
            string.Join(',', context.User.FindAll(AuthClaims.Role).Select(c => c.Value).Order(StringComparer.Ordinal)),
            context.Request.Method,
            RouteOf(context),
            TargetOf(context),
            status,
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
