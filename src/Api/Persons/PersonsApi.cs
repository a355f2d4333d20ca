using System.Collections.Immutable;
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
        return group;
    }

    public static async Task<Results<Created<PersonView>, ProblemHttpResult>> RegisterAsync(
        RegisterPersonRequest request, [AsParameters] PersonServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
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
        var result = await services.Grains.GetGrain<IPersonGrain>(id).GetAsync();
        if (result.Person is not { } person)
        {
            return ApiProblems.From(result.Error ?? Unexpected());
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
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return ApiProblems.Of(ApiErrorCodes.PreconditionRequired, "Send If-Match with the ETag of the person you read.");
        }

        if (EntityTags.ParseIfMatch(ifMatch) is not { } expected)
        {
            return ApiProblems.Of(DomainErrorCodes.VersionMismatch, "If-Match must be the single strong ETag of the person you read.");
        }

        var command = new UpdatePersonProfile(
            ActorOf(http), expected, request.Name, request.Gender, request.BirthDate, request.IdNumber, request.TownCode, request.VillageCode,
            request.Phone, ToInput(request.Guardian), request.RemoveGuardian ?? false);
        var result = await services.Grains.GetGrain<IPersonGrain>(id).UpdateProfileAsync(command);
        if (result.Person is not { } person)
        {
            return ApiProblems.From(result.Error ?? Unexpected());
        }

        EntityTags.Set(http.Response, person.Version);
        return TypedResults.Ok(person);
    }

    public static async Task<Results<Ok<ImmutableArray<CaseEvent>>, ProblemHttpResult>> GetHistoryAsync(string id, [AsParameters] PersonServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var result = await services.Grains.GetGrain<IPersonGrain>(id).GetHistoryAsync();
        return result.Error is { } error ? ApiProblems.From(error) : TypedResults.Ok(result.Events);
    }

    public static async Task<Results<Ok<PersonListPage>, ProblemHttpResult>> ListAsync(
        [AsParameters] PersonListParameters parameters, [AsParameters] PersonServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(services);
        if (PersonListParameters.LooksLikeIdNumber(parameters.Q))
        {
            return ApiProblems.Of(ApiErrorCodes.IdInQuery,
                "ID numbers must not be sent in URLs. Search by name or by the last 4 characters of the number; a full-number search will be a POST.",
                "q");
        }

        if (parameters.Validate() is { } invalid)
        {
            return ApiProblems.From(invalid);
        }

        return TypedResults.Ok(await services.Queries.ListAsync(parameters.ToQuery(), cancellationToken));
    }

    private static string ActorOf(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";

    private static GuardianInput? ToInput(GuardianRequest? guardian) =>
        guardian is null ? null : new GuardianInput(guardian.Name, guardian.Relation, guardian.Phone);

    // A grain result carries either a value or an error; this only guards against a contract bug.
    private static DomainError Unexpected() =>
        DomainError.Simple(DomainErrorCodes.ValidationFailed, "The request could not be processed.");
}
