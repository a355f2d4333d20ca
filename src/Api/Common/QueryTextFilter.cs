using Microsoft.AspNetCore.Http;

namespace CaseFlow.Api.Common;

/// <summary>Refuses a request whose query string carries a control character, before its handler runs.</summary>
/// <remarks>Every list endpoint passes its query parameters to SQL, and PostgreSQL refuses a NUL in any text value:
/// "?q=%00" answered 500 there (and found nothing on SQLite). One filter over every endpoint covers the parameters
/// added later too; it runs after authorisation, so a caller without access still gets 401 or 403 first.</remarks>
public static class QueryTextFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            if (ControlCharacters.In(name) || values.Any(ControlCharacters.In))
            {
                return ApiProblems.Of(ApiErrorCodes.ValidationFailed, ControlCharacters.Message, ControlCharacters.In(name) ? null : name);
            }
        }

        return await next(context);
    }
}
