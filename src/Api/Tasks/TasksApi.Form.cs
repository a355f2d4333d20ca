using System.Text.Json;
using CaseFlow.Api.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Tasks;

public static partial class TasksApi
{
    private static void MapForm(RouteGroupBuilder group) =>
        group.MapGet("/{id}/form", GetFormAsync).WithName("GetTaskForm").WithSummary("The task's form-js schema (stored or generated from formData) and the current values of its fields");

    public static async Task<Results<Ok<TaskFormResponse>, ProblemHttpResult>> GetFormAsync(string id, [AsParameters] TaskServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (task, problem) = await LoadAsync(id, services, http);
        if (task is null)
        {
            return problem!;
        }

        var result = await task.Grain.GetTaskFormAsync(task.Task.TaskId);
        if (result.Form is not { } form)
        {
            return TaskProblems.From(result.Error!);
        }

        using var schema = form.SchemaJson is { } text ? JsonDocument.Parse(text) : null;
        return TypedResults.Ok(new TaskFormResponse(
            form.TaskId, form.Kind, form.FormKey, form.FormRef, form.FormRefBinding, [.. form.Fields], MaskedJson.Parse(form.ValuesJson),
            form.FormKeyResolved is { } key && form.FormVersion is { } version ? new TaskFormVersion(key, version) : null,
            schema?.RootElement.Clone(), form.Generated, form.Resolution));
    }
}
