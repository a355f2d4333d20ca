using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Petitions.ReadModel;
using CaseFlow.Workflows.Calendar;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Petitions;

/// <summary>The petition tracker over HTTP: <c>/api/petitions</c>.</summary>
/// <remarks>
/// Lists and statistics read the read model, filtered in SQL by the caller's petition scope (<see cref="PetitionAccess"/>);
/// a single petition and every command go to the grain. Changes need <c>If-Match</c> with the petition's ETag. A
/// petition outside the caller's scope answers 404 like one that does not exist.
/// </remarks>
public static class PetitionsApi
{
    private const string Tag = "Petitions";

    public static RouteGroupBuilder MapPetitionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/petitions").WithTags(Tag);
        group.MapGet("/", ListAsync).WithName("ListPetitions").WithSummary("The petition tracker: status, stage, clocks, SLA colour, overdue flags");
        group.MapGet("/stats", StatsAsync).WithName("PetitionStats").WithSummary("Counts by status, channel, type, outcome and satisfaction; overdue and late counts");
        group.MapGet("/{id}", GetAsync).WithName("GetPetition").WithSummary("Read one petition with its clocks and timeline");
        group.MapPost("/", RegisterAsync).WithName("RegisterPetition").WithSummary("Register a petition; starts the 15-day acceptance-notice clock");
        Command(group.MapPost("/{id}/acceptance", (string id, AcceptPetitionRequest body, [AsParameters] PetitionServices s, HttpContext http) =>
            ChangeAsync(id, s, http, PetitionWork.Officer, (g, a, v) => g.AcceptAsync(new AcceptPetition(a, v, null, body.Accepted, body.NoticeOn, body.Reason)))),
            "DecidePetitionAcceptance", "Accept (starts the 60-day handling clock) or decline, recording the written notice");
        Command(group.MapPost("/{id}/extension", (string id, ExtendPetitionRequest body, [AsParameters] PetitionServices s, HttpContext http) =>
            ChangeAsync(id, s, http, PetitionWork.Director, (g, a, v) => g.ExtendAsync(new ExtendPetition(a, v, null, body.Days, body.ReasonCode, body.Justification, body.RequestedBy)))),
            "ExtendPetition", "Approve the one extension of the handling clock, at most 30 days (director)");
        Command(group.MapPost("/{id}/answer", (string id, AnswerPetitionRequest body, [AsParameters] PetitionServices s, HttpContext http) =>
            ChangeAsync(id, s, http, PetitionWork.Handler, (g, a, v) => g.AnswerAsync(new AnswerPetition(a, v, null, body.Outcome, body.ReceivedOn)))),
            "AnswerPetition", "Record the handling opinion and its receipt; opens the 30-day review window");
        Command(group.MapPost("/{id}/reviews", (string id, ReviewRequest body, [AsParameters] PetitionServices s, HttpContext http) =>
            ChangeAsync(id, s, http, PetitionWork.Officer, (g, a, v) => g.RequestReviewAsync(new RequestReview(a, v, null, body.Round, body.RequestedOn)))),
            "RequestPetitionReview", "Record a 复查 or 复核 request made within its window; starts the 30-day answer clock");
        Command(group.MapPost("/{id}/reviews/result", (string id, ReviewResultRequest body, [AsParameters] PetitionServices s, HttpContext http) =>
            ChangeAsync(id, s, http, PetitionWork.Officer, (g, a, v) => g.RecordReviewResultAsync(new RecordReviewResult(a, v, null, body.Round, body.Outcome, body.ReceivedOn, body.HearingDays)))),
            "RecordPetitionReviewResult", "Record the 复查 or 复核 opinion and its receipt");
        Command(group.MapPost("/{id}/satisfaction", (string id, SatisfactionRequest body, [AsParameters] PetitionServices s, HttpContext http) =>
            ChangeAsync(id, s, http, PetitionWork.Officer, (g, a, v) => g.RateSatisfactionAsync(new RateSatisfaction(a, v, null, body.Rating)))),
            "RatePetitionSatisfaction", "Record the petitioner's satisfaction with the reply");
        Command(group.MapPost("/{id}/close", async (string id, ClosePetitionRequest body, [AsParameters] PetitionServices s, HttpContext http) =>
            {
                var closed = await ChangeAsync(id, s, http, PetitionWork.Officer, (g, a, v) => g.CloseAsync(new ClosePetition(a, v, null, body.Type, body.SupportCarriedOut ?? false, body.ClosedOn)));
                if (closed.Result is Ok<PetitionView>)
                {
                    // A closure outside the process (a withdrawal, most often) ends the petition's instance too.
                    await PetitionProcess.NotifyClosedAsync(s.Grains, id, s.Logger);
                }

                return closed;
            }),
            "ClosePetition", "Close the petition once its windows have run out (or it was withdrawn)");
        return group;
    }

    public static async Task<Results<Ok<PetitionListPage>, ProblemHttpResult>> ListAsync(
        [AsParameters] PetitionListParameters parameters, [AsParameters] PetitionServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var scope = await PetitionAccess.ReadScopeAsync(CallerOf(http, services), services.Directory, cancellationToken);
        if (scope.Jurisdiction.IsEmpty)
        {
            return Forbidden();
        }

        if (parameters.Validate() is { } invalid)
        {
            return ApiProblems.From(invalid);
        }

        return TypedResults.Ok(await services.Queries.ListAsync(parameters.ToQuery(Today(services), scope), cancellationToken));
    }

    public static async Task<Results<Ok<PetitionStats>, ProblemHttpResult>> StatsAsync(
        [AsParameters] PetitionServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var scope = await PetitionAccess.ReadScopeAsync(CallerOf(http, services), services.Directory, cancellationToken);
        return scope.Jurisdiction.IsEmpty ? Forbidden() : TypedResults.Ok(await services.Queries.StatsAsync(Today(services), scope, cancellationToken));
    }

    public static async Task<Results<Ok<PetitionView>, ProblemHttpResult>> GetAsync(string id, [AsParameters] PetitionServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var scope = await PetitionAccess.ReadScopeAsync(CallerOf(http, services), services.Directory, http.RequestAborted);
        if (scope.Jurisdiction.IsEmpty)
        {
            return Forbidden();
        }

        var result = await services.Grains.GetGrain<IPetitionGrain>(id).GetAsync();
        if (result.Petition is not { } petition || !PetitionAccess.CanSee(scope, petition))
        {
            return NotFound();
        }

        EntityTags.Set(http.Response, petition.Version);
        return TypedResults.Ok(petition);
    }

    public static async Task<Results<Created<PetitionView>, ProblemHttpResult>> RegisterAsync(
        RegisterPetitionRequest request, [AsParameters] PetitionServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        if (!await PetitionAccess.IsOfficerAsync(CallerOf(http, services), services.Directory, http.RequestAborted))
        {
            return Forbidden("Petitions are registered by the petition officer, a supervisor or the director.");
        }

        var id = PetitionIds.New(services.Time);
        var result = await services.Grains.GetGrain<IPetitionGrain>(id).RegisterAsync(request.ToCommand(ActorOf(http)));
        if (result.Petition is not { } petition)
        {
            return ApiProblems.From(result.Error ?? Unexpected());
        }

        // Every registered petition is worked by the shipped process until it closes (see PetitionProcess).
        await PetitionProcess.StartAsync(services.Grains, petition, CallerOf(http, services), services.Logger);

        EntityTags.Set(http.Response, petition.Version);
        return TypedResults.Created("/api/petitions/" + Uri.EscapeDataString(petition.Id), petition);
    }

    private static async Task<Results<Ok<PetitionView>, ProblemHttpResult>> ChangeAsync(
        string id, PetitionServices services, HttpContext http, PetitionWork work, Func<IPetitionGrain, string, int, Task<PetitionResult>> call)
    {
        var caller = CallerOf(http, services);
        var scope = await PetitionAccess.ReadScopeAsync(caller, services.Directory, http.RequestAborted);
        if (scope.Jurisdiction.IsEmpty)
        {
            return Forbidden();
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return ApiProblems.Of(ApiErrorCodes.PreconditionRequired, "Send If-Match with the ETag of the petition you read.");
        }

        if (EntityTags.ParseIfMatch(ifMatch) is not { } expected)
        {
            return ApiProblems.Of(DomainErrorCodes.VersionMismatch, "If-Match must be the single strong ETag of the petition you read.");
        }

        var grain = services.Grains.GetGrain<IPetitionGrain>(id);
        var current = await grain.GetAsync();
        if (current.Petition is not { } petition || !PetitionAccess.CanSee(scope, petition))
        {
            return NotFound();
        }

        var allowed = work switch
        {
            PetitionWork.Director => await PetitionAccess.IsDirectorAsync(caller, services.Directory, http.RequestAborted),
            PetitionWork.Officer => await PetitionAccess.IsOfficerAsync(caller, services.Directory, http.RequestAborted),
            _ => true,
        };
        if (!allowed)
        {
            return Forbidden(work == PetitionWork.Director
                ? "Only the director approves an extension (Art. 34)."
                : "Only the petition officer, a supervisor or the director may do this.");
        }

        var result = await call(grain, ActorOf(http), expected);
        if (result.Petition is not { } changed)
        {
            return ApiProblems.From(result.Error ?? Unexpected());
        }

        EntityTags.Set(http.Response, changed.Version);
        return TypedResults.Ok(changed);
    }

    private static void Command(RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.WithName(name).WithSummary(summary)
            .Produces<PetitionView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static DateOnly Today(PetitionServices services) => ShanghaiTime.DateOf(services.Time.GetUtcNow());

    private static string ActorOf(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";

    private static Caller CallerOf(HttpContext http, PetitionServices services) => Caller.From(http.User, services.Auth);

    private static ProblemHttpResult Forbidden(string detail = "Your role gives no access to petitions.") =>
        ApiProblems.Of(ApiErrorCodes.Forbidden, detail);

    // The same answer as for an id never registered, so it does not confirm that a petition exists elsewhere.
    private static ProblemHttpResult NotFound() =>
        ApiProblems.From(DomainError.Simple(PetitionErrorCodes.PetitionNotFound, "No petition is registered with this id."));

    private static DomainError Unexpected() =>
        DomainError.Simple(DomainErrorCodes.ValidationFailed, "The request could not be processed.");
}
