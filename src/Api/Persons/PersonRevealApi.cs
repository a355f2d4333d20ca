using CaseFlow.Api.Audit;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Persons;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Persons;

/// <summary>The audited reveal of a full ID number: <c>POST /api/persons/{id}/reveal</c> (DOMAIN.md §8.2 "Reveal").</summary>
/// <remarks>
/// A POST with the reason in the body, so neither the number nor the reason ends up in a URL, a proxy log or a
/// browser history. The audit entry is written before the answer and the reveal fails closed when it cannot be; the
/// answer is <c>no-store</c>, so neither caches nor the idempotency store keep it.
/// </remarks>
public static class PersonRevealApi
{
    private const int MinReason = 4;
    private const int MaxReason = 500;

    public static RouteHandlerBuilder MapPersonRevealApi(this IEndpointRouteBuilder app) =>
        app.MapPost("api/persons/{id}/reveal", RevealAsync)
            .WithTags("Persons").WithName("RevealIdNumber")
            .WithSummary("Show a person's full ID number, with a stated reason, audited (pii:reveal)")
            .RequireAuthorization(AuthPolicies.PiiReveal);

    /// <summary>200 with the full number; 403 without pii:reveal; 404 outside the caller's jurisdiction; 422 REASON_REQUIRED; 503 AUDIT_UNAVAILABLE.</summary>
    public static async Task<Results<Ok<IdNumberRevealResponse>, ProblemHttpResult>> RevealAsync(
        string id, RevealRequest request, [AsParameters] PersonServices services, AuditStore audit, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(http);
        var reason = request.Reason?.Trim() ?? string.Empty;
        if (reason.Length is < MinReason or > MaxReason)
        {
            return ApiProblems.Of(ApiErrorCodes.ReasonRequired,
                $"State why you need the full ID number, in {MinReason} to {MaxReason} characters.", "reason");
        }

        var caller = Caller.From(http.User, services.Auth);
        var scope = await PersonAccess.WriteScopeAsync(caller, services.Directory, http.RequestAborted);
        var revealed = await services.Grains.GetGrain<IPersonRevealGrain>(id).RevealIdNumberAsync();
        if (revealed.IdNumber is not { } idNumber || !scope.Contains(revealed.TownCode, revealed.VillageCode))
        {
            // The same answer whether the person is elsewhere or unknown, so a reveal confirms nothing.
            return ApiProblems.From(DomainError.Simple(DomainErrorCodes.PersonNotFound, "No person is registered with this id."));
        }

        var now = services.Time.GetUtcNow();
        try
        {
            await audit.AppendAsync(new AuditEntry(
                0, now, caller.Login, string.Join(',', caller.Roles.Order(StringComparer.Ordinal)), "POST",
                "/api/persons/{id}/reveal", id, StatusCodes.Status200OK, PiiText.Mask(reason), http.TraceIdentifier), http.RequestAborted);
        }
        catch (System.Data.Common.DbException)
        {
            return ApiProblems.Of(ApiErrorCodes.AuditUnavailable, "The reveal could not be recorded in the audit log, so the number is not shown. Try again later.");
        }

        http.Items[AuditMiddleware.AuditedItem] = true;
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new IdNumberRevealResponse(id, idNumber, now));
    }
}
