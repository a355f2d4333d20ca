using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Api.Persons;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.CaseFiles;

/// <summary>The case file over HTTP: <c>/api/persons/{id}/case-file</c> and one command endpoint per case-file change.</summary>
/// <remarks>
/// The conventions of <see cref="PersonsApi"/>: every change needs <c>If-Match</c> with the person's ETag (the case file
/// shares the person's version), answers the whole case file with the new ETag, and is refused 404 for a person outside
/// the caller's jurisdictions. Visits and problems are field work: village members may record them in their own
/// villages; every other change is the town caseworker's (or a county supervisor's or director's).
/// </remarks>
public static class CaseFileApi
{
    public static RouteGroupBuilder MapCaseFileEndpoints(this RouteGroupBuilder persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        persons.MapGet("/{id}/case-file", GetAsync).WithName("GetCaseFile").WithSummary("Read a person's case file (certificate numbers masked)");
        Describe(persons.MapPost("/{id}/certificates", (string id, IssueCertificateRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.IssueCertificateAsync(body.ToCommand(a, v)))), "IssueCertificate",
            "Issue a certificate: number = ID number + category + grade; the previous one is superseded");
        Describe(persons.MapPost("/{id}/certificates/current/end", (string id, EndCertificateRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.EndCertificateAsync(body.ToCommand(a, v)))), "EndCertificate",
            "Cancel the current certificate or report it lost");
        Describe(persons.MapPost("/{id}/benefits", (string id, GrantBenefitRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.GrantBenefitAsync(body.ToCommand(a, v)))), "GrantBenefit",
            "Grant the living or care subsidy at a configured tier");
        Describe(persons.MapPost("/{id}/benefits/{entitlementId}/end", (string id, string entitlementId, EndBenefitRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.EndBenefitAsync(body.ToCommand(a, v, entitlementId)))), "EndBenefit",
            "End a subsidy entitlement");
        Describe(persons.MapPost("/{id}/insurance-reductions", (string id, InsuranceReductionRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.RecordInsuranceReductionAsync(body.ToCommand(a, v)))), "RecordInsuranceReduction",
            "Record a pension or medical-insurance contribution reduction for a year");
        Describe(persons.MapPost("/{id}/services", (string id, RecordServiceRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.RecordServiceAsync(body.ToCommand(a, v)))), "RecordService",
            "Record a requested service (rehabilitation, device, accessibility modification, care…)");
        Describe(persons.MapPost("/{id}/services/{serviceId}/status", (string id, string serviceId, AdvanceServiceRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.AdvanceServiceAsync(body.ToCommand(a, v, serviceId)))), "AdvanceService",
            "Move a service to its next status");
        Describe(persons.MapPost("/{id}/visits", (string id, RecordVisitRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Field, (g, a, v) => g.RecordVisitAsync(body.ToCommand(a, v)))), "RecordVisit",
            "Record a visit and the problems it found (village members: their own villages)");
        Describe(persons.MapPost("/{id}/problems", (string id, RecordProblemRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Field, (g, a, v) => g.RecordProblemAsync(body.ToCommand(a, v)))), "RecordProblem",
            "Record a problem found outside a visit (village members: their own villages)");
        Describe(persons.MapPost("/{id}/problems/{problemId}/resolve", (string id, string problemId, ResolveProblemRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Field, (g, a, v) => g.ResolveProblemAsync(body.ToCommand(a, v, problemId)))), "ResolveProblem",
            "Resolve an open problem or hand it on (village members: their own villages)");
        Describe(persons.MapPost("/{id}/assistance", (string id, OpenAssistanceRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.OpenAssistanceAsync(body.ToCommand(a, v)))), "OpenAssistance",
            "Open a 三定 assignment: 定人, 定事, 定要求");
        Describe(persons.MapPost("/{id}/assistance/{assignmentId}/matters/{matterId}/status",
            (string id, string assignmentId, string matterId, UpdateMatterRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.UpdateMatterAsync(body.ToCommand(a, v, assignmentId, matterId)))), "UpdateAssistanceMatter",
            "Move a 三定 matter on; Enrolled also records the enrolment");
        Describe(persons.MapPost("/{id}/assistance/{assignmentId}/close", (string id, string assignmentId, CloseAssistanceRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.CloseAssistanceAsync(body.ToCommand(a, v, assignmentId)))), "CloseAssistance",
            "Close a 三定 assignment whose matters are all final");
        Describe(persons.MapPost("/{id}/enrolments", (string id, RecordEnrolmentRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.RecordEnrolmentAsync(body.ToCommand(a, v)))), "RecordEnrolment",
            "Record an enrolment in a programme of the three systems (救助, 保障, 福利)");
        Describe(persons.MapPost("/{id}/enrolments/{enrolmentId}/end", (string id, string enrolmentId, EndEnrolmentRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.EndEnrolmentAsync(body.ToCommand(a, v, enrolmentId)))), "EndEnrolment",
            "Record that the person left a programme");
        Describe(persons.MapPut("/{id}/monitoring", (string id, SetMonitoringRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.SetMonitoringAsync(body.ToCommand(a, v)))), "SetMonitoring",
            "Raise or move the 防返贫 monitoring flag");
        Describe(persons.MapPost("/{id}/process-links", (string id, LinkProcessRequest body, [AsParameters] PersonServices s, HttpContext http) =>
            ChangeAsync(id, s, http, CaseFileWork.Office, (g, a, v) => g.LinkProcessAsync(body.ToCommand(a, v)))), "LinkProcess",
            "Link a process instance that serves the person");
        return persons;
    }

    public static async Task<Results<Ok<CaseFileView>, ProblemHttpResult>> GetAsync(string id, [AsParameters] PersonServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var scope = await PersonAccess.ReadScopeAsync(Caller.From(http.User, services.Auth), services.Directory, http.RequestAborted);
        if (scope.IsEmpty)
        {
            return ApiProblems.Of(ApiErrorCodes.Forbidden, "Your role gives no access to person case files.");
        }

        var grain = services.Grains.GetGrain<IPersonGrain>(id);
        if (await VisibleAsync(grain, scope) is { } hidden)
        {
            return hidden;
        }

        var result = await grain.GetCaseFileAsync();
        if (result.CaseFile is not { } file)
        {
            return ApiProblems.From(result.Error ?? Unexpected());
        }

        EntityTags.Set(http.Response, file.Version);
        return TypedResults.Ok(file);
    }

    /// <summary>
    /// The path every case-file change takes: role, If-Match, the person's existence and jurisdiction, then the grain.
    /// </summary>
    private static async Task<Results<Ok<CaseFileView>, ProblemHttpResult>> ChangeAsync(
        string id, PersonServices services, HttpContext http, CaseFileWork work, Func<IPersonGrain, string, int, Task<CaseFileResult>> call)
    {
        var caller = Caller.From(http.User, services.Auth);
        var workScope = work == CaseFileWork.Field
            ? await PersonAccess.FieldWorkScopeAsync(caller, services.Directory, http.RequestAborted)
            : await PersonAccess.WriteScopeAsync(caller, services.Directory, http.RequestAborted);
        if (workScope.IsEmpty)
        {
            return ApiProblems.Of(ApiErrorCodes.Forbidden, "Your role may not change case files.");
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return ApiProblems.Of(ApiErrorCodes.PreconditionRequired, "Send If-Match with the ETag of the person or case file you read.");
        }

        if (EntityTags.ParseIfMatch(ifMatch) is not { } expected)
        {
            return ApiProblems.Of(DomainErrorCodes.VersionMismatch, "If-Match must be the single strong ETag of the person you read.");
        }

        var grain = services.Grains.GetGrain<IPersonGrain>(id);
        var readScope = await PersonAccess.ReadScopeAsync(caller, services.Directory, http.RequestAborted);
        var current = await grain.GetAsync();
        if (current.Person is not { } person || !readScope.Contains(person.TownCode, person.VillageCode))
        {
            return NotFound();
        }

        if (!workScope.Contains(person.TownCode, person.VillageCode))
        {
            return ApiProblems.Of(ApiErrorCodes.Forbidden, "You may change case files only in your own jurisdiction.");
        }

        var actor = http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";
        var result = await call(grain, actor, expected);
        if (result.CaseFile is not { } file)
        {
            return ApiProblems.From(result.Error ?? Unexpected());
        }

        EntityTags.Set(http.Response, file.Version);
        return TypedResults.Ok(file);
    }

    private static async Task<ProblemHttpResult?> VisibleAsync(IPersonGrain grain, Grains.Identity.JurisdictionScope scope)
    {
        var current = await grain.GetAsync();
        return current.Person is { } person && scope.Contains(person.TownCode, person.VillageCode) ? null : NotFound();
    }

    private static void Describe(RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.WithName(name).WithSummary(summary)
            .Produces<CaseFileView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    // The same answer as for an id that was never registered, so it does not confirm the person exists elsewhere.
    private static ProblemHttpResult NotFound() =>
        ApiProblems.From(DomainError.Simple(DomainErrorCodes.PersonNotFound, "No person is registered with this id."));

    private static DomainError Unexpected() =>
        DomainError.Simple(DomainErrorCodes.ValidationFailed, "The request could not be processed.");
}
