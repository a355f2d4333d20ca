using System.Collections.Immutable;
using CaseFlow.Api.Auth;
using CaseFlow.Api.CaseFiles;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Persons.ReadModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Persons;

/// <summary>The person register over HTTP: <c>/api/persons</c>.</summary>
/// <remarks>
/// Commands and single-person reads go to the grain, so a caller always sees its own write; the list reads the read
/// model. Resident ID numbers travel only in request bodies and come back masked; they never appear in a URL.
/// <para>
/// Every handler checks role × jurisdiction (<see cref="PersonAccess"/>): a role with no access to case files gets
/// 403; a person outside the caller's jurisdictions is answered 404 exactly like a person that does not exist, so the
/// answer never confirms that someone is registered elsewhere; the list is filtered in SQL.
/// </para>
/// </remarks>
public static class PersonsApi
{
    private const string Tag = "Persons";

    public static RouteGroupBuilder MapPersonsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/persons").WithTags(Tag);
        group.MapPost("/", RegisterAsync).WithName("RegisterPerson").WithSummary("Register a person");
        group.MapGet("/", ListAsync).WithName("ListPersons").WithSummary("List persons from the read model");
        group.MapGet("/{id}", GetAsync).WithName("GetPerson").WithSummary("Read one person");
        group.MapPatch("/{id}", UpdateAsync).WithName("UpdatePerson").WithSummary("Change profile fields (If-Match required)");
        group.MapGet("/{id}/history", GetHistoryAsync).WithName("GetPersonHistory").WithSummary("Read a person's case history");
        group.MapCaseFileEndpoints();
        group.MapPublicNoticeEndpoint();
        return group;
    }

    public static async Task<Results<Created<PersonView>, ProblemHttpResult>> RegisterAsync(
        RegisterPersonRequest request, [AsParameters] PersonServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var scope = await PersonAccess.WriteScopeAsync(CallerOf(http, services), services.Directory, http.RequestAborted);
        if (scope.IsEmpty)
        {
            return Forbidden();
        }

        // Missing codes are left to the grain, which answers 422 naming the field.
        if ((request.TownCode is not null || request.VillageCode is not null) && !scope.Contains(request.TownCode, request.VillageCode))
        {
            return Forbidden("You may register people only in your own jurisdiction.");
        }

        var id = PersonIds.New(services.Time);
        var command = new RegisterPerson(
            ActorOf(http), request.Name, request.Gender, request.BirthDate, request.IdNumber, request.TownCode, request.VillageCode,
            request.Phone, ToInput(request.Guardian));
        var result = await services.Grains.GetGrain<IPersonGrain>(id).RegisterAsync(command);
        if (result.Person is not { } person)
        {
            return ApiProblems.From(result.Error ?? Unexpected());
        }

        EntityTags.Set(http.Response, person.Version);
        return TypedResults.Created("/api/persons/" + Uri.EscapeDataString(person.Id), person);
    }

    public static async Task<Results<Ok<PersonView>, ProblemHttpResult>> GetAsync(string id, [AsParameters] PersonServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var scope = await PersonAccess.ReadScopeAsync(CallerOf(http, services), services.Directory, http.RequestAborted);
        if (scope.IsEmpty)
        {
            return Forbidden();
        }

        var result = await services.Grains.GetGrain<IPersonGrain>(id).GetAsync();
        if (result.Person is not { } person)
        {
            return ApiProblems.From(result.Error ?? Unexpected());
        }

        if (!scope.Contains(person.TownCode, person.VillageCode))
        {
            return NotFound();
        }

        EntityTags.Set(http.Response, person.Version);
        return TypedResults.Ok(person);
    }

    public static async Task<Results<Ok<PersonView>, ProblemHttpResult>> UpdateAsync(
        string id, UpdatePersonRequest request, [AsParameters] PersonServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var caller = CallerOf(http, services);
        var writeScope = await PersonAccess.WriteScopeAsync(caller, services.Directory, http.RequestAborted);
        if (writeScope.IsEmpty)
        {
            return Forbidden();
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return ApiProblems.Of(ApiErrorCodes.PreconditionRequired, "Send If-Match with the ETag of the person you read.");
        }

        if (EntityTags.ParseIfMatch(ifMatch) is not { } expected)
        {
            return ApiProblems.Of(DomainErrorCodes.VersionMismatch, "If-Match must be the single strong ETag of the person you read.");
        }

        var grain = services.Grains.GetGrain<IPersonGrain>(id);
        var current = await grain.GetAsync();
        if (current.Person is not { } before)
        {
            return ApiProblems.From(current.Error ?? Unexpected());
        }

        var readScope = await PersonAccess.ReadScopeAsync(caller, services.Directory, http.RequestAborted);
        if (!readScope.Contains(before.TownCode, before.VillageCode))
        {
            return NotFound();
        }

        // Both where the person is and where the change would put them must be the caller's to change; the If-Match
        // version makes the grain refuse if the person moved since this check.
        if (!writeScope.Contains(before.TownCode, before.VillageCode)
            || !writeScope.Contains(request.TownCode ?? before.TownCode, request.VillageCode ?? before.VillageCode))
        {
            return Forbidden("You may change people only in your own jurisdiction.");
        }

        var command = new UpdatePersonProfile(
            ActorOf(http), expected, request.Name, request.Gender, request.BirthDate, request.IdNumber, request.TownCode, request.VillageCode,
            request.Phone, ToInput(request.Guardian), request.RemoveGuardian ?? false);
        var result = await grain.UpdateProfileAsync(command);
        if (result.Person is not { } person)
        {
            return ApiProblems.From(result.Error ?? Unexpected());
        }

        EntityTags.Set(http.Response, person.Version);
        return TypedResults.Ok(person);
    }

    public static async Task<Results<Ok<ImmutableArray<CaseEvent>>, ProblemHttpResult>> GetHistoryAsync(
        string id, [AsParameters] PersonServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var scope = await PersonAccess.ReadScopeAsync(CallerOf(http, services), services.Directory, http.RequestAborted);
        if (scope.IsEmpty)
        {
            return Forbidden();
        }

        var grain = services.Grains.GetGrain<IPersonGrain>(id);
        var current = await grain.GetAsync();
        if (current.Person is not { } person)
        {
            return ApiProblems.From(current.Error ?? Unexpected());
        }

        if (!scope.Contains(person.TownCode, person.VillageCode))
        {
            return NotFound();
        }

        var result = await grain.GetHistoryAsync();
        return result.Error is { } error ? ApiProblems.From(error) : TypedResults.Ok(result.Events);
    }

    public static async Task<Results<Ok<PersonListPage>, ProblemHttpResult>> ListAsync(
        [AsParameters] PersonListParameters parameters, [AsParameters] PersonServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var scope = await PersonAccess.ReadScopeAsync(CallerOf(http, services), services.Directory, cancellationToken);
        if (scope.IsEmpty)
        {
            return Forbidden();
        }

        if (parameters.Validate() is { } invalid)
        {
            return ApiProblems.From(invalid);
        }

        return TypedResults.Ok(await services.Queries.ListAsync(parameters.ToQuery(scope), cancellationToken));
    }

    private static string ActorOf(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";

    private static Caller CallerOf(HttpContext http, PersonServices services) => Caller.From(http.User, services.Auth);

    private static ProblemHttpResult Forbidden(string detail = "Your role gives no access to person case files.") =>
        ApiProblems.Of(ApiErrorCodes.Forbidden, detail);

    // The same answer as for an id that was never registered, so it does not confirm the person exists elsewhere.
    private static ProblemHttpResult NotFound() =>
        ApiProblems.From(DomainError.Simple(DomainErrorCodes.PersonNotFound, "No person is registered with this id."));

    private static GuardianInput? ToInput(GuardianRequest? guardian) =>
        guardian is null ? null : new GuardianInput(guardian.Name, guardian.Relation, guardian.Phone);

    // A grain result carries either a value or an error; this only guards against a contract bug.
    private static DomainError Unexpected() =>
        DomainError.Simple(DomainErrorCodes.ValidationFailed, "The request could not be processed.");
}
