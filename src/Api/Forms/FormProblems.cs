using CaseFlow.Api.Common;
using CaseFlow.Workflows.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Api.Forms;

/// <summary>ProblemDetails of the form endpoints: 404 for unknown forms, 422 with one entry per field for bad schemas.</summary>
public static class FormProblems
{
    public static ProblemHttpResult NotFound() => Create(StatusCodes.Status404NotFound, FormErrorCodes.FormNotFound, "No form with this key and version has been deployed.", []);

    public static ProblemHttpResult Forbidden() => ApiProblems.Of(ApiErrorCodes.Forbidden, "Only a supervisor, director or admin may deploy forms.");

    public static ProblemHttpResult Invalid(string code, string detail, IReadOnlyList<FormIssue> issues) =>
        Create(StatusCodes.Status422UnprocessableEntity, code, detail, issues);

    private static ProblemHttpResult Create(int status, string code, string detail, IReadOnlyList<FormIssue> issues)
    {
        var problem = new ProblemDetails
        {
            Status = status, Title = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status), Detail = detail,
        };
        problem.Extensions["code"] = code;
        if (issues.Count > 0)
        {
            problem.Extensions["errors"] = issues.GroupBy(i => i.FieldId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray(), StringComparer.Ordinal);
            problem.Extensions["fieldErrors"] = issues.Select(i => new { field = i.FieldId, code = i.Code, message = i.Message }).ToArray();
            if (issues.Count == 1)
            {
                problem.Extensions["field"] = issues[0].FieldId;
            }
        }

        return TypedResults.Problem(problem);
    }
}
