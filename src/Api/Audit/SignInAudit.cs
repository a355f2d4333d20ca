using CaseFlow.Api.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Audit;

/// <summary>
/// Writes each sign-in attempt at <c>POST /api/auth/token</c> to the audit log: success, refusal and lockout, with the
/// account's login and id and the outcome in <c>reason</c>; never the password, and never a login that named no
/// account (it is as likely to be a mistyped password or an ID number as a name).
/// </summary>
public sealed partial class SignInAudit(AuditStore store, TimeProvider time, ILogger<SignInAudit> logger)
{
    public const string Route = "/api/auth/token";
    public const string UnknownActor = "(unknown)";

    public async Task RecordAsync(HttpContext http, SignInOutcome outcome, int status)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(outcome);
        var roles = (outcome.User?.Roles ?? []).Select(r => r.Role).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var entry = new AuditEntry(
            0, time.GetUtcNow(), outcome.Login ?? UnknownActor, string.Join(',', roles), HttpMethods.Post, Route, outcome.UserId, status,
            "sign-in: " + outcome.Detail, http.TraceIdentifier);
        try
        {
            await store.AppendAsync(entry, CancellationToken.None).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException ex)
        {
            LogSignInAuditFailed(logger, ex, outcome.Detail, http.TraceIdentifier);
        }
    }

    [LoggerMessage(EventId = 6002, EventName = "SignInAuditWriteFailed", Level = LogLevel.Error,
        Message = "Could not write the audit entry for a sign-in ({Detail}, trace {TraceId}).")]
    private static partial void LogSignInAuditFailed(ILogger logger, Exception exception, string detail, string traceId);
}
