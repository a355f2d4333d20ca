using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Tasks.ReadModel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Api.Tasks;

public static partial class TasksApi
{
    private const int MaxFilterName = 100;

    /// <summary>The caller's saved filters, each with the number of tasks it matches for them now (one COUNT each, in SQL).</summary>
    public static async Task<Ok<List<SavedFilterResponse>>> ListFiltersAsync([AsParameters] TaskServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var viewer = await ViewerAsync(http, services, cancellationToken);
        var now = services.Time.GetUtcNow();
        var list = new List<SavedFilterResponse>();
        foreach (var saved in await services.Filters.ListAsync(viewer.Login, cancellationToken))
        {
            var count = await services.Queries.CountAsync(viewer, saved.Filter, now, cancellationToken);
            list.Add(new SavedFilterResponse(saved.Id, saved.Name, saved.Filter, saved.CreatedAt, count));
        }

        return TypedResults.Ok(list);
    }

    public static async Task<Results<Created<SavedFilterResponse>, ProblemHttpResult>> SaveFilterAsync(
        SaveFilterRequest request, [AsParameters] TaskServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var name = request?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxFilterName || ControlCharacters.In(name))
        {
            return TaskProblems.Of(DomainErrorCodes.Required, $"A filter needs a name of 1 to {MaxFilterName} characters, none of them a control character.", "name");
        }

        var filter = request!.Filter ?? new TaskFilter();
        if (TaskListParameters.ValidateFilter(filter).ToList() is { Count: > 0 } errors)
        {
            return TaskProblems.From(DomainError.Validation(errors.Select(e => e with { Field = "filter." + e.Field }).ToList()));
        }

        var viewer = await ViewerAsync(http, services, cancellationToken);
        var now = services.Time.GetUtcNow();
        var saved = await services.Filters.SaveAsync(viewer.Login, name, filter, now, cancellationToken);
        if (saved is null)
        {
            return TaskProblems.Of(TaskErrorCodes.FilterRejected, "You already have a filter with this name, or as many filters as allowed.", "name");
        }

        var count = await services.Queries.CountAsync(viewer, saved.Filter, now, cancellationToken);
        return TypedResults.Created("/api/tasks?filter=" + Uri.EscapeDataString(saved.Id), new SavedFilterResponse(saved.Id, saved.Name, saved.Filter, saved.CreatedAt, count));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteFilterAsync(
        string filterId, [AsParameters] TaskServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var viewer = await ViewerAsync(http, services, cancellationToken);
        return await services.Filters.DeleteAsync(viewer.Login, filterId, cancellationToken)
            ? TypedResults.NoContent()
            : TaskProblems.Of(TaskErrorCodes.FilterNotFound, "You have no saved filter with this id.");
    }
}
