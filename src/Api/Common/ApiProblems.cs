using CaseFlow.Api.Notifications;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Contracts.Processes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Common;

/// <summary>Builds every error response of the API: ProblemDetails with a stable <c>code</c>, never a stack trace.</summary>
/// <remarks>
/// Extensions: <c>code</c> always; <c>field</c> when one field is at fault; <c>errors</c> (field → messages, camelCase
/// JSON names) for input errors; <c>existingPersonId</c> for ID_DUPLICATE.
/// </remarks>
public static class ApiProblems
{
    /// <summary>The HTTP status for a domain error code; anything about input is 422.</summary>
    public static int StatusFor(string code) => code switch
    {
        DomainErrorCodes.PersonNotFound => StatusCodes.Status404NotFound,
        ProcessErrorCodes.ProcessNotFound or ProcessErrorCodes.VersionNotFound or ProcessErrorCodes.NoPublishedVersion => StatusCodes.Status404NotFound,
        ProcessErrorCodes.VersionNotPublished => StatusCodes.Status409Conflict,
        ProcessErrorCodes.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        ApiErrorCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        DomainErrorCodes.PersonExists or DomainErrorCodes.IdDuplicate => StatusCodes.Status409Conflict,
        DomainErrorCodes.VersionMismatch => StatusCodes.Status412PreconditionFailed,
        ApiErrorCodes.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
        ApiErrorCodes.BadRequest => StatusCodes.Status400BadRequest,
        ApiErrorCodes.Unauthenticated or ApiErrorCodes.InvalidCredentials => StatusCodes.Status401Unauthorized,
        ApiErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
        ApiErrorCodes.AccountLocked => StatusCodes.Status423Locked,
        ApiErrorCodes.RateLimited => StatusCodes.Status429TooManyRequests,
        ApiErrorCodes.UserNotFound or ApiErrorCodes.SiloNotFound or ApiErrorCodes.RoleAssignmentNotFound => StatusCodes.Status404NotFound,
        ApiErrorCodes.LoginTaken => StatusCodes.Status409Conflict,
        ApiErrorCodes.AuditUnavailable => StatusCodes.Status503ServiceUnavailable,
        NotificationErrorCodes.NotificationNotFound or NotificationErrorCodes.WebhookNotFound => StatusCodes.Status404NotFound,
        _ when CaseFileErrorCodes.IsNotFound(code) || PetitionErrorCodes.IsNotFound(code) => StatusCodes.Status404NotFound,
        _ when CaseFileErrorCodes.IsConflict(code) || PetitionErrorCodes.IsConflict(code) => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public static ProblemHttpResult From(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var problem = Create(StatusFor(error.Code), error.Code, TitleFor(error.Code), error.Message, error.Field);
        if (!error.Errors.IsDefaultOrEmpty)
        {
            problem.Extensions["errors"] = error.Errors
                .GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        }

        if (error.ExistingPersonId is { } existing)
        {
            problem.Extensions["existingPersonId"] = existing;
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>A refusal decided at the edge, with an optional single field.</summary>
    public static ProblemHttpResult Of(string code, string detail, string? field = null)
    {
        var problem = Create(StatusFor(code), code, TitleFor(code), detail, field);
        if (field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [detail] };
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>The ProblemDetails of a refusal decided outside an endpoint (authentication, rate limiting).</summary>
    public static ProblemDetails Describe(string code, string detail) => Create(StatusFor(code), code, TitleFor(code), detail, null);

    /// <summary>Writes a refusal decided outside an endpoint (authentication events, middleware) as ProblemDetails.</summary>
    public static Task WriteAsync(HttpContext http, string code, string detail)
    {
        ArgumentNullException.ThrowIfNull(http);
        var problem = Describe(code, detail);
        http.Response.StatusCode = problem.Status!.Value;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }).AsTask();
    }

    private static ProblemDetails Create(int status, string code, string title, string detail, string? field)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        return problem;
    }

    private static string TitleFor(string code) => code switch
    {
        DomainErrorCodes.PersonNotFound => "Person not found",
        DomainErrorCodes.PersonExists => "Person already registered",
        DomainErrorCodes.IdDuplicate => "ID number already registered",
        DomainErrorCodes.VersionMismatch => "Version mismatch",
        ApiErrorCodes.PreconditionRequired => "If-Match required",
        ApiErrorCodes.IdInQuery => "ID number in query",
        ApiErrorCodes.Unauthenticated => "Authentication required",
        ApiErrorCodes.Forbidden => "Forbidden",
        ApiErrorCodes.InvalidCredentials => "Invalid credentials",
        ApiErrorCodes.AccountLocked => "Account locked",
        ApiErrorCodes.RateLimited => "Too many requests",
        ApiErrorCodes.UserNotFound => "User not found",
        ApiErrorCodes.SiloNotFound => "Silo not found",
        ApiErrorCodes.RoleAssignmentNotFound => "Role assignment not found",
        ApiErrorCodes.LoginTaken => "Login already taken",
        ApiErrorCodes.UnsupportedMediaType => "Unsupported media type",
        ApiErrorCodes.ReasonRequired => "Reason required",
        ApiErrorCodes.AuditUnavailable => "Audit log unavailable",
        NotificationErrorCodes.NotificationNotFound => "Notification not found",
        NotificationErrorCodes.WebhookNotFound => "Webhook not found",
        ProcessErrorCodes.ProcessNotFound => "Process not found",
        ProcessErrorCodes.VersionNotFound => "Version not found",
        ProcessErrorCodes.NoPublishedVersion => "No published version",
        ProcessErrorCodes.VersionNotPublished => "Version not published",
        ProcessErrorCodes.ModelInvalid => "Invalid BPMN model",
        ProcessErrorCodes.PayloadTooLarge => "BPMN file too large",
        _ => "Invalid input",
    };
}
