using CaseFlow.Api.Common;
using CaseFlow.Api.Common.Idempotency;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Instances;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Api.Tasks;

/// <summary>Turns the request's headers into the grain's <see cref="TaskCommandContext"/>.</summary>
internal static class TaskCommandContexts
{
    /// <summary>
    /// The command id is the caller's Idempotency-Key when sent (scoped to the caller), so a retry that got past the
    /// middleware still acts once in the grain (R5); otherwise a fresh id. If-Match carries the task revision.
    /// </summary>
    public static (TaskCommandContext? Context, ProblemHttpResult? Problem) From(HttpContext http, string actor, bool requireIfMatch)
    {
        int? expected = null;
        if (requireIfMatch)
        {
            var ifMatch = http.Request.Headers.IfMatch.ToString();
            if (string.IsNullOrWhiteSpace(ifMatch))
            {
                return (null, ApiProblems.Of(ApiErrorCodes.PreconditionRequired, "Send If-Match with the ETag of the task you read."));
            }

            if (EntityTags.ParseIfMatch(ifMatch) is not { } revision)
            {
                return (null, ApiProblems.Of(DomainErrorCodes.VersionMismatch, "If-Match must be the single strong ETag of the task you read."));
            }

            expected = revision;
        }

        var key = http.Request.Headers[IdempotencyMiddleware.HeaderName].ToString();
        var commandId = key.Length > 0
            ? "http:" + actor + ":" + http.Request.Path + ":" + key
            : "http:" + Guid.NewGuid().ToString("N");
        return (new TaskCommandContext(actor, commandId, expected), null);
    }
}
