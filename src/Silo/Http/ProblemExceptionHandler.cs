using System.Data.Common;
using System.Text.Json;
using CaseFlow.Silo.Logging;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Silo.Http;

/// <summary>
/// Answers every exception that escapes an endpoint with ProblemDetails and a stable code; never a stack trace.
/// </summary>
/// <remarks>
/// Malformed JSON and wrong types reach here as <see cref="BadHttpRequestException"/> because the host sets
/// <c>ThrowOnBadRequest</c>, which lets this handler name the offending field from the JSON path.
/// </remarks>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => FromBadRequest(bad),
            _ when FindTransient(exception) is not null => DatabaseBusy(httpContext, exception),
            _ => null,
        };

        if (problem is null)
        {
            SiloLog.UnhandledRequestError(logger, exception, httpContext.Request.Method, httpContext.Request.Path, httpContext.TraceIdentifier);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal error",
                Detail = "The server could not complete the request. Quote the trace id when reporting it.",
            };
            problem.Extensions["code"] = ErrorCodes.Internal;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        }).ConfigureAwait(false);
    }

    private static ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        var tooLarge = exception.StatusCode == StatusCodes.Status413PayloadTooLarge;
        var problem = new ProblemDetails
        {
            Status = exception.StatusCode,
            Title = tooLarge ? "Request body too large" : "Malformed request",
            Detail = tooLarge ? "The request body exceeds the size this endpoint accepts." : DescribeBadRequest(exception),
        };
        problem.Extensions["code"] = tooLarge ? ErrorCodes.PayloadTooLarge : ErrorCodes.ForStatus(exception.StatusCode);
        if (FindJson(exception) is { Path: { Length: > 0 } path })
        {
            problem.Extensions["field"] = path.TrimStart('$', '.');
        }

        return problem;
    }

    /// <summary>A failure the database itself calls transient (no free connection, a lock timeout, a failover): the
    /// request may simply be repeated, so the answer says so instead of reporting an internal error.</summary>
    private ProblemDetails DatabaseBusy(HttpContext httpContext, Exception exception)
    {
        SiloLog.DatabaseBusy(logger, exception, httpContext.Request.Method, httpContext.Request.Path, httpContext.TraceIdentifier);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Database busy",
            Detail = "The database could not take the request just now. Send it again in a few seconds.",
        };
        problem.Extensions["code"] = ErrorCodes.DatabaseBusy;
        return problem;
    }

    private const string RetryAfterSeconds = "5";

    private static DbException? FindTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } transient)
            {
                return transient;
            }
        }

        return null;
    }

    private static string DescribeBadRequest(BadHttpRequestException exception) =>
        FindJson(exception) is { } json
            ? $"The JSON body could not be read at '{json.Path ?? "$"}': check the value's type and syntax."
            : exception.Message;

    private static JsonException? FindJson(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json)
            {
                return json;
            }
        }

        return null;
    }
}
