using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Api.Processes;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Instances.ReadModel;
using CaseFlow.Grains.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Instances;

/// <summary>Process instances over HTTP: <c>/api/instances</c> (BPMN.md R24, R70–R72).</summary>
/// <remarks>
/// <para>
/// Commands and single-instance reads go to the instance grain, so a caller always sees its own write; the list reads
/// the read model and is filtered by jurisdiction in SQL. An instance outside the caller's jurisdiction answers 404
/// exactly like one that does not exist.
/// </para>
/// <para>
/// Every command carries a command id derived from the <c>Idempotency-Key</c> when one is sent
/// (<see cref="InstanceCommandIds"/>), so a retried request is one engine command.
/// </para>
/// </remarks>
public static class InstancesApi
{
    private const string Tag = "Instances";
    private const int MaxInstructions = 100;

    public static RouteGroupBuilder MapInstancesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/instances").WithTags(Tag);
        group.MapPost("/", StartAsync).WithName("StartInstance")
            .WithSummary("Start a process instance")
            .WithDescription("Starts the latest published version of the key, or the given published version. With personId the instance is worked in that person's village, else in the caller's own jurisdiction.");
        group.MapGet("/", ListAsync).WithName("ListInstances")
            .WithSummary("List instances from the read model")
            .WithDescription("Filters combine with AND; newest first; only instances in the caller's jurisdiction.");
        group.MapGet("/{id}", GetAsync).WithName("GetInstance")
            .WithSummary("Read one instance with its active element ids, tasks, jobs, incidents and variables");
        group.MapGet("/{id}/history", GetHistoryAsync).WithName("GetInstanceHistory")
            .WithSummary("Read an instance's append-only history, oldest first");
        group.MapPost("/{id}/cancel", CancelAsync).WithName("CancelInstance")
            .WithSummary("Cancel an instance (operators; reason required)");
        group.MapPost("/{id}/modify", ModifyAsync).WithName("ModifyInstance")
            .WithSummary("Cancel element instances, start before or after elements and set variables in one step (operators)")
            .WithDescription("Starting before a parallel join needs viaFlow, the incoming flow the arrival is recorded on. An invalid instruction rejects the whole request with 422 ModificationInvalid and changes nothing.");
        group.MapPost("/migrate", InstanceMigrationApi.MigrateAsync).WithName("MigrateInstances")
            .WithSummary("Migrate instances to another version with an element mapping (operators; dry run and per-instance failures)")
            .WithDescription("An invalid plan is refused as a whole with 422 MigrationInvalid; otherwise each instance migrates or fails on its own and is listed.");
        group.MapPost("/{id}/tasks/{taskId}/complete", CompleteTaskAsync).WithName("CompleteInstanceTask")
            .WithSummary("Complete an open user task of the instance on its assignee's behalf (operators)")
            .WithDescription("An operator path for unblocking an instance; caseworkers complete their own work through the worklist. A task that is no longer open is 409 TaskNotActive.");
        group.MapGet("/{id}/incidents", GetIncidentsAsync).WithName("GetInstanceIncidents")
            .WithSummary("List an instance's open incidents");
        group.MapPost("/{id}/incidents/{incidentId}/retry", RetryIncidentAsync).WithName("RetryInstanceIncident")
            .WithSummary("Retry an incident, optionally writing variables first (operators)");
        return group;
    }

    public static async Task<Results<Created<InstanceResponse>, ProblemHttpResult>> StartAsync(
        StartInstanceRequest request, [AsParameters] InstanceServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var caller = CallerOf(http, services);
        if (!InstanceAccess.MayStartSome(caller))
        {
            return InstanceProblems.Forbidden("Your role may not start process instances.");
        }

        if (string.IsNullOrWhiteSpace(request.ProcessKey))
        {
            return ApiProblems.Of(ApiErrorCodes.ValidationFailed, "The process key is required.", "processKey");
        }

        var scope = await InstanceAccess.StartScopeAsync(caller, await StarterGroupsAsync(request.ProcessKey.Trim(), request.Version, services), services.Directory, http.RequestAborted);
        if (scope.IsEmpty)
        {
            return InstanceProblems.Forbidden("Your role may not start this process.");
        }

        if (VariablesText(request.Variables) is not { } variables)
        {
            return VariablesInvalid();
        }

        if (request.PersonId is { } blank && string.IsNullOrWhiteSpace(blank))
        {
            return ApiProblems.Of(ApiErrorCodes.ValidationFailed, "The person id may be omitted but not blank.", "personId");
        }

        string? jurisdiction;
        if (request.PersonId is { } personId)
        {
            var person = (await services.Grains.GetGrain<IPersonGrain>(personId).GetAsync()).Person;

            // A person outside the caller's jurisdiction is answered like one that does not exist.
            if (person is null || !scope.Contains(person.TownCode, person.VillageCode))
            {
                return ApiProblems.From(DomainError.Simple(DomainErrorCodes.PersonNotFound, "No person is registered with this id.", "personId"));
            }

            jurisdiction = person.VillageCode;
        }
        else
        {
            jurisdiction = InstanceAccess.OwnJurisdiction(caller);
        }

        var command = new StartProcessInstance(
            request.ProcessKey.Trim(), request.Version, request.BusinessKey, variables.Length == 0 ? null : variables,
            request.PersonId, request.PetitionId, caller.Login, InstanceCommandIds.For(http), jurisdiction);
        var result = await services.Grains.GetGrain<IProcessInstanceGrain>(InstanceCommandIds.NewInstanceId(http)).StartAsync(command);
        return result.Instance is { } view
            ? TypedResults.Created("/api/instances/" + Uri.EscapeDataString(view.InstanceId), InstanceResponse.From(view))
            : InstanceProblems.From(result.Error ?? InstanceProblems.Unexpected());
    }

    public static async Task<Results<Ok<InstanceListPage>, ProblemHttpResult>> ListAsync(
        [AsParameters] InstanceListParameters parameters, [AsParameters] InstanceServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var scope = await InstanceAccess.ReadScopeAsync(CallerOf(http, services), services.Directory, cancellationToken);
        if (scope.IsEmpty)
        {
            return InstanceProblems.Forbidden("Your role gives no access to process instances.");
        }

        if (parameters.Validate() is { } invalid)
        {
            return ApiProblems.From(invalid);
        }

        return TypedResults.Ok(await services.Queries.ListAsync(parameters.ToQuery(scope), cancellationToken));
    }

    public static async Task<Results<Ok<InstanceResponse>, ProblemHttpResult>> GetAsync(string id, [AsParameters] InstanceServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (view, problem) = await VisibleAsync(id, services, http, operate: false);
        if (view is null)
        {
            return problem!;
        }

        return TypedResults.Ok(Respond(http, view));
    }

    public static async Task<Results<Ok<IReadOnlyList<InstanceHistoryItem>>, ProblemHttpResult>> GetHistoryAsync(
        string id, [AsParameters] InstanceServices services, [FromServices] HistoryRecipients recipients, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (view, problem) = await VisibleAsync(id, services, http, operate: false);
        if (view is null)
        {
            return problem!;
        }

        var history = await services.Grains.GetGrain<IProcessInstanceGrain>(id).GetHistoryAsync();
        return history.Error is { } error
            ? InstanceProblems.From(error)
            : TypedResults.Ok(await InstanceHistoryItem.ListAsync(id, history.Entries, recipients, http.RequestAborted));
    }

    public static async Task<Results<Ok<InstanceResponse>, ProblemHttpResult>> CancelAsync(
        string id, CancelInstanceRequest request, [AsParameters] InstanceServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (view, problem) = await VisibleAsync(id, services, http, operate: true);
        if (view is null)
        {
            return problem!;
        }

        var result = await services.Grains.GetGrain<IProcessInstanceGrain>(id).CancelAsync(request.Reason ?? string.Empty, ActorOf(http), InstanceCommandIds.For(http));
        return ToResponse(http, result);
    }

    public static async Task<Results<Ok<ImmutableArray<InstanceIncidentView>>, ProblemHttpResult>> GetIncidentsAsync(
        string id, [AsParameters] InstanceServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (view, problem) = await VisibleAsync(id, services, http, operate: false);
        return view is null ? problem! : TypedResults.Ok(view.Incidents);
    }

    public static async Task<Results<Ok<InstanceResponse>, ProblemHttpResult>> RetryIncidentAsync(
        string id, string incidentId, RetryIncidentRequest? request, [AsParameters] InstanceServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (view, problem) = await VisibleAsync(id, services, http, operate: true);
        if (view is null)
        {
            return problem!;
        }

        if (VariablesText(request?.Variables) is not { } variables)
        {
            return VariablesInvalid();
        }

        var result = await services.Grains.GetGrain<IProcessInstanceGrain>(id)
            .RetryIncidentAsync(incidentId, variables.Length == 0 ? null : variables, ActorOf(http), InstanceCommandIds.For(http));
        return ToResponse(http, result);
    }

    public static async Task<Results<Ok<InstanceResponse>, ProblemHttpResult>> ModifyAsync(
        string id, ModifyInstanceRequest request, [AsParameters] InstanceServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (view, problem) = await VisibleAsync(id, services, http, operate: true);
        if (view is null)
        {
            return problem!;
        }

        if (VariablesText(request.Variables) is not { } variables)
        {
            return VariablesInvalid();
        }

        if (request.Instructions is { Count: > MaxInstructions })
        {
            return InstanceProblems.Of(InstanceErrorCodes.ModificationInvalid, $"At most {MaxInstructions} instructions per modification.", "instructions");
        }

        var steps = (request.Instructions ?? []).Select(step => step ?? new ModificationStep(string.Empty)).ToImmutableArray();
        var result = await services.Grains.GetGrain<IProcessInstanceGrain>(id)
            .ModifyAsync(steps, variables.Length == 0 ? null : variables, ActorOf(http), request.Reason, InstanceCommandIds.For(http));
        return ToResponse(http, result);
    }

    public static async Task<Results<Ok<InstanceResponse>, ProblemHttpResult>> CompleteTaskAsync(
        string id, string taskId, CompleteInstanceTaskRequest? request, [AsParameters] InstanceServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (view, problem) = await VisibleAsync(id, services, http, operate: true);
        if (view is null)
        {
            return problem!;
        }

        if (VariablesText(request?.Variables) is not { } variables)
        {
            return VariablesInvalid();
        }

        var result = await services.Grains.GetGrain<IProcessInstanceGrain>(id)
            .CompleteTaskAsync(taskId, variables.Length == 0 ? null : variables, ActorOf(http), InstanceCommandIds.For(http));
        return ToResponse(http, result);
    }

    /// <summary>The instance when it exists and lies in the caller's read (or operate) scope; else the problem to answer.</summary>
    internal static async Task<(ProcessInstanceView? View, ProblemHttpResult? Problem)> VisibleAsync(
        string id, InstanceServices services, HttpContext http, bool operate)
    {
        var caller = CallerOf(http, services);
        var scope = operate
            ? await InstanceAccess.OperateScopeAsync(caller, services.Directory, http.RequestAborted)
            : await InstanceAccess.ReadScopeAsync(caller, services.Directory, http.RequestAborted);
        if (scope.IsEmpty)
        {
            return (null, InstanceProblems.Forbidden(operate
                ? "Operator actions on instances are for supervisors, directors and admins."
                : "Your role gives no access to process instances."));
        }

        var result = await services.Grains.GetGrain<IProcessInstanceGrain>(id).GetAsync();
        return result.Instance is { } view && InstanceAccess.Covers(scope, view.JurisdictionCode)
            ? (view, null)
            : (null, InstanceProblems.NotFound());
    }

    /// <summary>The variables as JSON object text ("" for none), or null when they are not a JSON object.</summary>
    /// <summary>The roles the version to start names as its starters; none when it names none or cannot be read
    /// (the start then fails in the grain with its own error).</summary>
    private static async Task<IReadOnlyCollection<string>> StarterGroupsAsync(string key, int? version, InstanceServices services)
    {
        var resolved = version ?? (await services.Grains.GetGrain<IProcessDefinitionGrain>(key).GetLatestPublishedAsync()).Version?.Version;
        var model = resolved is { } v ? await PublishedModels.LoadAsync(services.Grains, services.Models, key, v) : null;
        return model is null ? [] : [.. model.Attributes.CandidateStarterGroups];
    }

    internal static string? VariablesText(JsonElement? variables) => variables switch
    {
        null => string.Empty,
        { ValueKind: JsonValueKind.Null } => string.Empty,
        { ValueKind: JsonValueKind.Object } value => value.GetRawText(),
        _ => null,
    };

    internal static ProblemHttpResult VariablesInvalid() =>
        InstanceProblems.Of(InstanceErrorCodes.VariableInvalid, "Variables must be one JSON object.", "variables");

    internal static Caller CallerOf(HttpContext http, InstanceServices services) => Caller.From(http.User, services.Auth);

    internal static string ActorOf(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";

    private static Results<Ok<InstanceResponse>, ProblemHttpResult> ToResponse(HttpContext http, ProcessInstanceResult result) =>
        result.Instance is { } view
            ? TypedResults.Ok(Respond(http, view))
            : InstanceProblems.From(result.Error ?? InstanceProblems.Unexpected());

    // Admins operate instances but read no case content (DOMAIN.md §2.3): the variables hold the case's data, so every
    // answer to an admin who is not also a supervisor or director leaves them out.
    private static InstanceResponse Respond(HttpContext http, ProcessInstanceView view)
    {
        var response = InstanceResponse.From(view);
        var readsNoCaseContent = http.User.IsInRole(Roles.Admin) && !http.User.IsInRole(Roles.Supervisor) && !http.User.IsInRole(Roles.Director);
        return readsNoCaseContent ? response.WithoutVariables() : response;
    }
}
