using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Instances;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Api.Tasks;

/// <summary>ProblemDetails for task endpoints: engine codes keep their status (409, 412, 422), API codes theirs.</summary>
public static class TaskProblems
{
    private static readonly string[] InstanceCodes =
    [
        InstanceErrorCodes.InstanceNotActive, InstanceErrorCodes.TaskNotActive, InstanceErrorCodes.TaskAlreadyClaimed,
        InstanceErrorCodes.TaskNotDelegated, InstanceErrorCodes.TaskDelegationPending, InstanceErrorCodes.TaskCommandInvalid,
        InstanceErrorCodes.ReturnNotAllowed, InstanceErrorCodes.TaskVersionMismatch, InstanceErrorCodes.CommentInvalid,
        InstanceErrorCodes.FormInvalid, InstanceErrorCodes.VariableInvalid, InstanceErrorCodes.ReasonRequired, InstanceErrorCodes.EngineFault,
        InstanceErrorCodes.ElementNotActive, InstanceErrorCodes.SlaNotRunning, InstanceErrorCodes.PauseNotAllowed,
        InstanceErrorCodes.TaskAlreadyPaused, InstanceErrorCodes.TaskNotPaused, InstanceErrorCodes.FormNotDeployed,
    ];

    public static int StatusFor(string code) => code switch
    {
        _ when InstanceCodes.Contains(code, StringComparer.Ordinal) => InstanceErrorCodes.HttpStatusOf(code),
        TaskErrorCodes.TaskNotFound or TaskErrorCodes.AttachmentNotFound or TaskErrorCodes.FilterNotFound => StatusCodes.Status404NotFound,
        TaskErrorCodes.AttachmentTooLarge => StatusCodes.Status413PayloadTooLarge,
        TaskErrorCodes.AttachmentType => StatusCodes.Status415UnsupportedMediaType,
        TaskErrorCodes.FilterRejected => StatusCodes.Status409Conflict,
        InstanceErrorCodes.InstanceNotFound => StatusCodes.Status404NotFound,
        _ => ApiProblems.StatusFor(code),
    };

    public static ProblemHttpResult From(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var problem = Create(error.Code, error.Message, error.Field);
        if (!error.Errors.IsDefaultOrEmpty)
        {
            problem.Extensions["errors"] = error.Errors
                .GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

            // The same errors with their stable codes, for clients that branch per field (form validation).
            problem.Extensions["fieldErrors"] = error.Errors.Select(e => new { field = e.Field, code = e.Code, message = e.Message }).ToArray();
        }

        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult Of(string code, string detail, string? field = null) =>
        field is null ? TypedResults.Problem(Create(code, detail, null)) : From(DomainError.Simple(code, detail, field));

    public static ProblemHttpResult NotFound() =>
        Of(TaskErrorCodes.TaskNotFound, "No open task with this id is visible to you.");

    public static ProblemHttpResult Forbidden(string detail) => ApiProblems.Of(ApiErrorCodes.Forbidden, detail);

    private static ProblemDetails Create(string code, string detail, string? field)
    {
        var status = StatusFor(code);
        var problem = new ProblemDetails { Status = status, Title = ReasonPhrases(status), Detail = detail };
        problem.Extensions["code"] = code;
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        return problem;
    }

    private static string ReasonPhrases(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
