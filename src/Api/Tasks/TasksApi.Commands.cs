using CaseFlow.Api.Common;
using CaseFlow.Api.Common.OpenApi;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Tasks.ReadModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Tasks;

public static partial class TasksApi
{
    private static void MapCommands(RouteGroupBuilder tasks)
    {
        // Every command changes a task the caller has read, so every one needs If-Match.
        var group = tasks.MapGroup(string.Empty).RequiresIfMatch();
        group.MapPost("/{id}/claim", ClaimAsync).WithName("ClaimTask").WithSummary("Take an unassigned task (If-Match)");
        group.MapPost("/{id}/unclaim", UnclaimAsync).WithName("UnclaimTask").WithSummary("Give a task back to its candidates (If-Match)");
        group.MapPost("/{id}/assign", AssignAsync).WithName("AssignTask").WithSummary("Assign a task to a user (If-Match)");
        group.MapPost("/{id}/delegate", DelegateAsync).WithName("DelegateTask").WithSummary("Delegate a task; it comes back on resolve (If-Match)");
        group.MapPost("/{id}/resolve", ResolveAsync).WithName("ResolveTask").WithSummary("Hand a delegated task back to its owner (If-Match)");
        group.MapPut("/{id}/due-date", SetDueDateAsync).WithName("SetTaskDueDate").WithSummary("Move or clear the due date and SLA (If-Match)");
        group.MapPut("/{id}/follow-up-date", SetFollowUpDateAsync).WithName("SetTaskFollowUpDate").WithSummary("Set or clear the follow-up date (If-Match)");
        group.MapPut("/{id}/priority", SetPriorityAsync).WithName("SetTaskPriority").WithSummary("Set the priority, 0–100 (If-Match)");
        group.MapPost("/{id}/complete", CompleteAsync).WithName("CompleteTask").WithSummary("Complete a task with variables checked against its form (If-Match)");
        group.MapPost("/{id}/return", ReturnAsync).WithName("ReturnTask").WithSummary("Return to an earlier step (退回) with a reason (If-Match)");
        group.MapPost("/{id}/pause", PauseAsync).WithName("PauseTask").WithSummary("Pause the task's SLA clock with a reason (If-Match)");
        group.MapPost("/{id}/resume", ResumeAsync).WithName("ResumeTask").WithSummary("Resume the task's SLA clock with a reason; the deadline moves by the paused days (If-Match)");
    }

    public static Task<Results<Ok<TaskListItem>, ProblemHttpResult>> PauseAsync(
        string id, PauseRequest request, [AsParameters] TaskServices services, HttpContext http) =>
        ChangeAsync(id, services, http,
            t => TaskAccess.IsAssignee(t.Viewer, t.Task) || TaskAccess.IsManager(t.Viewer, t.Jurisdiction),
            "Only the assignee or a manager of the jurisdiction may pause a task's clock.",
            (t, c) => t.Grain.PauseTaskAsync(t.Task.TaskId, request?.Reason ?? string.Empty, c));

    public static Task<Results<Ok<TaskListItem>, ProblemHttpResult>> ResumeAsync(
        string id, PauseRequest request, [AsParameters] TaskServices services, HttpContext http) =>
        ChangeAsync(id, services, http,
            t => TaskAccess.IsAssignee(t.Viewer, t.Task) || TaskAccess.IsManager(t.Viewer, t.Jurisdiction),
            "Only the assignee or a manager of the jurisdiction may resume a task's clock.",
            (t, c) => t.Grain.ResumeTaskAsync(t.Task.TaskId, request?.Reason ?? string.Empty, c));

    public static Task<Results<Ok<TaskListItem>, ProblemHttpResult>> ClaimAsync(string id, [AsParameters] TaskServices services, HttpContext http) =>
        ChangeAsync(id, services, http,
            t => TaskAccess.IsCandidate(t.Viewer, t.Task, t.Jurisdiction) || TaskAccess.IsManager(t.Viewer, t.Jurisdiction),
            "You are not a candidate for this task.",
            (t, c) => t.Grain.ClaimTaskAsync(t.Task.TaskId, c));

    public static Task<Results<Ok<TaskListItem>, ProblemHttpResult>> UnclaimAsync(string id, [AsParameters] TaskServices services, HttpContext http) =>
        ChangeAsync(id, services, http,
            t => TaskAccess.IsAssignee(t.Viewer, t.Task) || TaskAccess.IsManager(t.Viewer, t.Jurisdiction),
            "Only the assignee or a manager of the jurisdiction may unclaim a task.",
            (t, c) => t.Grain.UnclaimTaskAsync(t.Task.TaskId, c));

    public static Task<Results<Ok<TaskListItem>, ProblemHttpResult>> AssignAsync(
        string id, AssigneeRequest request, [AsParameters] TaskServices services, HttpContext http) =>
        ChangeAsync(id, services, http,
            t => TaskAccess.IsManager(t.Viewer, t.Jurisdiction),
            "Only a caseworker, supervisor or director of the task's jurisdiction may assign it.",
            (t, c) => t.Grain.AssignTaskAsync(t.Task.TaskId, request?.Assignee ?? string.Empty, c));

    public static Task<Results<Ok<TaskListItem>, ProblemHttpResult>> DelegateAsync(
        string id, AssigneeRequest request, [AsParameters] TaskServices services, HttpContext http) =>
        ChangeAsync(id, services, http,
            t => TaskAccess.IsAssignee(t.Viewer, t.Task) || TaskAccess.IsManager(t.Viewer, t.Jurisdiction),
            "Only the assignee or a manager of the jurisdiction may delegate a task.",
            (t, c) => t.Grain.DelegateTaskAsync(t.Task.TaskId, request?.Assignee ?? string.Empty, c));

    public static Task<Results<Ok<TaskListItem>, ProblemHttpResult>> ResolveAsync(string id, [AsParameters] TaskServices services, HttpContext http) =>
        ChangeAsync(id, services, http,
            t => TaskAccess.IsAssignee(t.Viewer, t.Task),
            "Only the delegate holding the task may resolve it.",
            (t, c) => t.Grain.ResolveTaskAsync(t.Task.TaskId, c));

    public static Task<Results<Ok<TaskListItem>, ProblemHttpResult>> SetDueDateAsync(
        string id, DueDateRequest request, [AsParameters] TaskServices services, HttpContext http) =>
        ChangeAsync(id, services, http,
            t => TaskAccess.IsSupervisor(t.Viewer, t.Jurisdiction),
            "Only a supervisor or director may move a due date: it moves the SLA.",
            (t, c) => t.Grain.SetTaskDueDateAsync(t.Task.TaskId, request?.DueDate, c));

    public static Task<Results<Ok<TaskListItem>, ProblemHttpResult>> SetFollowUpDateAsync(
        string id, FollowUpDateRequest request, [AsParameters] TaskServices services, HttpContext http) =>
        ChangeAsync(id, services, http,
            t => TaskAccess.IsAssignee(t.Viewer, t.Task) || TaskAccess.IsManager(t.Viewer, t.Jurisdiction),
            "Only the assignee or a manager of the jurisdiction may set the follow-up date.",
            (t, c) => t.Grain.SetTaskFollowUpDateAsync(t.Task.TaskId, request?.FollowUpDate, c));

    public static Task<Results<Ok<TaskListItem>, ProblemHttpResult>> SetPriorityAsync(
        string id, PriorityRequest request, [AsParameters] TaskServices services, HttpContext http) =>
        request?.Priority is not { } priority
            ? Task.FromResult<Results<Ok<TaskListItem>, ProblemHttpResult>>(
                TaskProblems.Of(InstanceErrorCodes.TaskCommandInvalid, "The priority is an integer from 0 to 100.", "priority"))
            : ChangeAsync(id, services, http,
                t => TaskAccess.IsAssignee(t.Viewer, t.Task) || TaskAccess.IsManager(t.Viewer, t.Jurisdiction),
                "Only the assignee or a manager of the jurisdiction may change the priority.",
                (t, c) => t.Grain.SetTaskPriorityAsync(t.Task.TaskId, priority, c));

    public static async Task<Results<Ok<TaskOutcome>, ProblemHttpResult>> CompleteAsync(
        string id, CompleteRequest request, [AsParameters] TaskServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (request?.Variables is { } variables && variables.ValueKind is not (System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Null))
        {
            return TaskProblems.Of(InstanceErrorCodes.VariableInvalid, "Variables must be one JSON object.", "variables");
        }

        var json = request?.Variables is { ValueKind: System.Text.Json.JsonValueKind.Object } body ? body.GetRawText() : null;
        return await FinishAsync(id, services, http, (t, c) => t.Grain.SubmitTaskAsync(t.Task.TaskId, json, c));
    }

    public static async Task<Results<Ok<TaskOutcome>, ProblemHttpResult>> ReturnAsync(
        string id, ReturnRequest request, [AsParameters] TaskServices services, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request?.TargetElementId))
        {
            return TaskProblems.Of(InstanceErrorCodes.TaskCommandInvalid, "Name the earlier user task to return to.", "targetElementId");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000)
        {
            return TaskProblems.Of(InstanceErrorCodes.ReasonRequired, "A reason of 1 to 2000 characters is required to return a task.", "reason");
        }

        return await FinishAsync(id, services, http, (t, c) => t.Grain.ReturnTaskAsync(t.Task.TaskId, request.TargetElementId, request.Reason, c));
    }

    /// <summary>A command that changes the task and leaves it open: answers the task with its new ETag.</summary>
    private static async Task<Results<Ok<TaskListItem>, ProblemHttpResult>> ChangeAsync(
        string id, TaskServices services, HttpContext http, Func<LoadedTask, bool> allowed, string refusal,
        Func<LoadedTask, TaskCommandContext, Task<ProcessInstanceResult>> send)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (task, problem) = await LoadAsync(id, services, http);
        if (task is null)
        {
            return problem!;
        }

        if (!allowed(task))
        {
            TasksLog.Forbidden(services.Logger, task.Viewer.Login, http.Request.Path.Value?.Split('/')[^1] ?? "change", task.Task.TaskId);
            return TaskProblems.Forbidden(refusal);
        }

        var (context, contextProblem) = TaskCommandContexts.From(http, task.Viewer.Login, requireIfMatch: true);
        if (context is null)
        {
            return contextProblem!;
        }

        var result = await send(task, context);
        if (result.Instance is not { } instance)
        {
            return TaskProblems.From(result.Error!);
        }

        if (instance.Tasks.FirstOrDefault(t => string.Equals(t.TaskId, id, StringComparison.Ordinal)) is not { } changed)
        {
            return TaskProblems.Of(InstanceErrorCodes.TaskNotActive, "The task is no longer open.");
        }

        EntityTags.Set(http.Response, changed.Revision);
        return TypedResults.Ok(TaskViews.From(instance, changed, services.Time.GetUtcNow()));
    }

    /// <summary>Complete and return: the task ends; answers the instance's state and the open tasks the caller may see.</summary>
    private static async Task<Results<Ok<TaskOutcome>, ProblemHttpResult>> FinishAsync(
        string id, TaskServices services, HttpContext http, Func<LoadedTask, TaskCommandContext, Task<ProcessInstanceResult>> send)
    {
        ArgumentNullException.ThrowIfNull(services);
        var (task, problem) = await LoadAsync(id, services, http);
        if (task is null)
        {
            return problem!;
        }

        if (!TaskAccess.CanWork(task.Viewer, task.Task, task.Jurisdiction))
        {
            TasksLog.Forbidden(services.Logger, task.Viewer.Login, http.Request.Path.Value?.Split('/')[^1] ?? "finish", task.Task.TaskId);
            return TaskProblems.Forbidden("Claim the task first: it is assigned to someone else or you are not a candidate.");
        }

        var (context, contextProblem) = TaskCommandContexts.From(http, task.Viewer.Login, requireIfMatch: true);
        if (context is null)
        {
            return contextProblem!;
        }

        var result = await send(task, context);
        if (result.Instance is not { } instance)
        {
            return TaskProblems.From(result.Error!);
        }

        var now = services.Time.GetUtcNow();
        var open = instance.Tasks.Where(t => TaskAccess.CanSee(task.Viewer, t, instance.JurisdictionCode)).Select(t => TaskViews.From(instance, t, now)).ToList();
        return TypedResults.Ok(new TaskOutcome(instance.InstanceId, instance.Status, open));
    }
}
