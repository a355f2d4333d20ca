using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Instances;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Tasks;

public static partial class TasksApi
{
    private static void MapComments(RouteGroupBuilder group)
    {
        group.MapGet("/{id}/comments", ListCommentsAsync).WithName("ListTaskComments").WithSummary("The comments of a task, oldest first");
        group.MapPost("/{id}/comments", AddCommentAsync).WithName("AddTaskComment").WithSummary("Comment on a task (recorded in the history with you as actor)");
    }

    public static async Task<Results<Ok<ImmutableArray<CommentResponse>>, ProblemHttpResult>> ListCommentsAsync(
        string id, [AsParameters] TaskServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (task, problem) = await LoadAsync(id, services, http);
        if (task is null)
        {
            return problem!;
        }

        var result = await task.Grain.GetTaskCommentsAsync(task.Task.TaskId);
        return result.Error is { } error ? TaskProblems.From(error) : TypedResults.Ok(result.Comments.Select(ToResponse).ToImmutableArray());
    }

    public static async Task<Results<Created<CommentResponse>, ProblemHttpResult>> AddCommentAsync(
        string id, CommentRequest request, [AsParameters] TaskServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (task, problem) = await LoadAsync(id, services, http);
        if (task is null)
        {
            return problem!;
        }

        var (context, _) = TaskCommandContexts.From(http, task.Viewer.Login, requireIfMatch: false);
        var result = await task.Grain.CommentTaskAsync(task.Task.TaskId, request?.Text ?? string.Empty, context!);
        if (result.Error is { } error)
        {
            return TaskProblems.From(error);
        }

        var comment = ToResponse(result.Comments[0]);
        return TypedResults.Created($"/api/tasks/{Uri.EscapeDataString(id)}/comments", comment);
    }

    private static CommentResponse ToResponse(TaskCommentView comment) =>
        new(comment.CommentId, comment.TaskId, comment.Actor, comment.At.ToUniversalTime(), comment.Text);
}
