using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Api.Instances;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Notifications;
using CaseFlow.Grains.Tasks.ReadModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Tasks;

/// <summary>The caseworker task API: <c>/api/tasks</c> (BPMN.md R59, R61, R74; DOMAIN.md §6).</summary>
/// <remarks>
/// <para>
/// The worklist reads the read model, filtered and paged in SQL, visibility included. A single task and every command
/// go to the instance grain (the task id names its instance), so a caller always sees their own change. The task's
/// revision is its ETag; commands that change a task need it as If-Match (428 without, 412 when stale).
/// </para>
/// <para>
/// A task the caller may not see is answered 404 exactly like one that never existed; a task that ended (completed,
/// returned, cancelled) is 409 <c>TaskNotActive</c> for callers who could see its instance. See
/// <see cref="TaskAccess"/> for who may do what.
/// </para>
/// </remarks>
public static partial class TasksApi
{
    private const string Tag = "Tasks";

    public static RouteGroupBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/tasks").WithTags(Tag);
        group.MapGet("/", ListAsync).WithName("ListTasks").WithSummary("The worklist: filter, sort and page tasks you may see");
        group.MapGet("/filters", ListFiltersAsync).WithName("ListTaskFilters").WithSummary("Your saved filters, each with its current count");
        group.MapPost("/filters", SaveFilterAsync).WithName("SaveTaskFilter").WithSummary("Save a worklist filter under a name");
        group.MapDelete("/filters/{filterId}", DeleteFilterAsync).WithName("DeleteTaskFilter").WithSummary("Delete one of your saved filters");
        group.MapGet("/{id}", GetAsync).WithName("GetTask").WithSummary("Read one open task (ETag = revision)");
        group.MapGet("/{id}/history", GetHistoryAsync).WithName("GetTaskHistory").WithSummary("The history of the task's instance");
        MapCommands(group);
        MapComments(group);
        MapAttachments(group);
        MapForm(group);
        return group;
    }

    public static async Task<Results<Ok<TaskListPage>, ProblemHttpResult>> ListAsync(
        [AsParameters] TaskListParameters parameters, [AsParameters] TaskServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        if (parameters.Validate() is { } invalid)
        {
            return TaskProblems.From(invalid);
        }

        var viewer = await ViewerAsync(http, services, cancellationToken);
        TaskFilter? saved = null;
        if (parameters.Filter is { } filterId)
        {
            saved = (await services.Filters.ListAsync(viewer.Login, cancellationToken)).FirstOrDefault(f => string.Equals(f.Id, filterId, StringComparison.Ordinal))?.Filter;
            if (saved is null)
            {
                return TaskProblems.Of(TaskErrorCodes.FilterNotFound, "You have no saved filter with this id.", "filter");
            }
        }

        var query = new TaskListQuery(
            viewer, parameters.ToFilter(saved), parameters.Sort ?? TaskSorts.Created, parameters.Order == "desc",
            parameters.Page ?? 1, parameters.PageSize ?? TaskListQuery.DefaultPageSize, services.Time.GetUtcNow());
        return TypedResults.Ok(await services.Queries.ListAsync(query, cancellationToken));
    }

    public static async Task<Results<Ok<TaskListItem>, ProblemHttpResult>> GetAsync(string id, [AsParameters] TaskServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (task, problem) = await LoadAsync(id, services, http);
        if (task is null)
        {
            return problem!;
        }

        EntityTags.Set(http.Response, task.Task.Revision);
        var targets = await task.Grain.GetReturnTargetsAsync(task.Task.TaskId);
        return TypedResults.Ok(TaskViews.From(task.Instance, task.Task, services.Time.GetUtcNow()) with { ReturnTargets = targets });
    }

    public static async Task<Results<Ok<IReadOnlyList<InstanceHistoryItem>>, ProblemHttpResult>> GetHistoryAsync(
        string id, [AsParameters] TaskServices services, [FromServices] HistoryRecipients recipients, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (task, problem) = await LoadAsync(id, services, http);
        if (task is null)
        {
            return problem!;
        }

        var history = await task.Grain.GetHistoryAsync();
        return history.Error is { } error
            ? TaskProblems.From(error)
            : TypedResults.Ok(await InstanceHistoryItem.ListAsync(task.Instance.InstanceId, history.Entries, recipients, http.RequestAborted));
    }

    /// <summary>The open task with its instance, or the problem to answer: 404 when unknown or invisible, 409 when it ended.</summary>
    private static async Task<(LoadedTask? Task, ProblemHttpResult? Problem)> LoadAsync(string id, TaskServices services, HttpContext http)
    {
        var separator = id.IndexOf(':', StringComparison.Ordinal);
        if (id.Length > 200 || separator < 2 || id[0] != 'I')
        {
            return (null, TaskProblems.NotFound());
        }

        var viewer = await ViewerAsync(http, services, http.RequestAborted);
        var grain = services.Grains.GetGrain<IProcessInstanceGrain>(id[..separator]);
        var result = await grain.GetAsync();
        if (result.Instance is not { } instance)
        {
            return (null, TaskProblems.NotFound());
        }

        var task = instance.Tasks.FirstOrDefault(t => string.Equals(t.TaskId, id, StringComparison.Ordinal));
        if (task is null)
        {
            return (null, TaskAccess.CanSeeInstance(viewer, instance.JurisdictionCode)
                ? TaskProblems.Of(InstanceErrorCodes.TaskNotActive, "The task is no longer open: it was completed, returned or cancelled.")
                : TaskProblems.NotFound());
        }

        return TaskAccess.CanSee(viewer, task, instance.JurisdictionCode)
            ? (new LoadedTask(grain, instance, task, viewer), null)
            : (null, TaskProblems.NotFound());
    }

    private static ValueTask<TaskViewer> ViewerAsync(HttpContext http, TaskServices services, CancellationToken cancellationToken) =>
        TaskAccess.ViewerAsync(Caller.From(http.User, services.Auth), services.Directory, cancellationToken);

    private sealed record LoadedTask(IProcessInstanceGrain Grain, ProcessInstanceView Instance, InstanceTaskView Task, TaskViewer Viewer)
    {
        public string? Jurisdiction => Instance.JurisdictionCode;
    }
}
