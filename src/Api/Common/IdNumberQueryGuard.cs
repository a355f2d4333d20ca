using Microsoft.AspNetCore.Http;

namespace CaseFlow.Api.Common;

/// <summary>
/// Refuses any <c>/api</c> request whose query string holds something shaped like a resident ID number, in any
/// parameter: 422 <c>ID_IN_QUERY</c> naming the parameter. One check for every endpoint, present and future.
/// </summary>
/// <remarks>
/// Query strings end up in access logs, proxies and browser history, so an ID number must never travel in one
/// (DOMAIN.md §8.2). Place it after authorisation, so a caller without access still gets 401 or 403 first, and
/// inside the audit log, so the refusal is recorded.
/// </remarks>
public sealed class IdNumberQueryGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.QueryString.HasValue && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var (name, values) in context.Request.Query)
            {
                if (values.Any(IdNumberShape.IsIn))
                {
                    return ApiProblems.Of(ApiErrorCodes.IdInQuery,
                        "ID numbers must not be sent in URLs. Search by name or by the last 4 characters of the number; a full-number search will be a POST.",
                        name).ExecuteAsync(context);
                }
            }
        }

        return next(context);
    }
}
