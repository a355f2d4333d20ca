using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Instances;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Api.Instances;

/// <summary>ProblemDetails for instance refusals: the shared shape, with the status <see cref="InstanceErrorCodes"/> gives each code.</summary>
/// <remarks>
/// Engine codes (<c>TaskNotActive</c>, <c>JobLockMismatch</c>, …) keep BPMN.md's spelling; codes decided at the HTTP
/// edge (<c>FORBIDDEN</c>, <c>BAD_REQUEST</c>) and person codes go through <see cref="ApiProblems"/> unchanged.
/// </remarks>
public static class InstanceProblems
{
    public static ProblemHttpResult From(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!IsInstanceCode(error.Code))
        {
            return ApiProblems.From(error);
        }

        var problem = new ProblemDetails
        {
            Status = InstanceErrorCodes.HttpStatusOf(error.Code),
            Title = error.Code,
            Detail = error.Message,
        };
        problem.Extensions["code"] = error.Code;
        if (error.Field is { } field)
        {
            problem.Extensions["field"] = field;
        }

        if (!error.Errors.IsDefaultOrEmpty)
        {
            problem.Extensions["errors"] = error.Errors
                .GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        }

        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult Of(string code, string message, string? field = null) =>
        From(DomainError.Simple(code, message, field));

    /// <summary>The answer for an instance that does not exist or lies outside the caller's jurisdiction: the two look alike.</summary>
    public static ProblemHttpResult NotFound() =>
        Of(InstanceErrorCodes.InstanceNotFound, "No instance with this id is visible to you.");

    public static ProblemHttpResult Forbidden(string detail) => ApiProblems.Of(ApiErrorCodes.Forbidden, detail);

    // Instance codes are PascalCase words (BPMN.md §6); API and person codes are upper snake case.
    private static bool IsInstanceCode(string code) =>
        code.Length > 0 && char.IsAsciiLetterUpper(code[0]) && code.All(char.IsAsciiLetter) && code.Any(char.IsAsciiLetterLower);

    /// <summary>A grain result carries a value or an error; this only guards against a contract bug.</summary>
    public static DomainError Unexpected() =>
        DomainError.Simple(InstanceErrorCodes.EngineFault, "The request could not be processed.");
}
