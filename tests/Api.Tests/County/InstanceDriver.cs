using System.Globalization;
using System.Net;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Api.Tests.County;

/// <summary>Works the tasks of one process instance through REST on a fake-time node, as the county's staff would.</summary>
public abstract class InstanceDriver(FakeTimeNode node)
{
    public FakeTimeNode Node => node;

    public abstract string InstanceId { get; }

    /// <summary>The element ids of the open tasks, in order, once the node has caught up with its clock.</summary>
    public async Task<string[]> OpenTasksAsync() => [.. (await ViewAsync()).Tasks.Select(t => t.ElementId).Order(StringComparer.Ordinal)];

    public async Task<InstanceTaskView> TaskAsync(string elementId) =>
        Assert.Single((await ViewAsync()).Tasks, t => t.ElementId == elementId);

    public Task<ProcessInstanceView> ViewAsync() => node.Clock.SettleAsync(InstanceId);

    /// <summary>The instance once it has reached <paramref name="status"/>, or as it is after a bounded wait.</summary>
    /// <remarks>Calls between instances (a child cancelled with its caller) run in follow-up turns; no node time passes.</remarks>
    public Task<ProcessInstanceView> WaitForStatusAsync(string status) =>
        node.Clock.WaitUntilAsync(InstanceId, view => view.Status == status);

    /// <summary>Completes the open task <paramref name="elementId"/> as <paramref name="role"/>; returns the answer's status.</summary>
    public async Task<HttpStatusCode> TryCompleteAsync(string role, string elementId, object variables)
    {
        using var completed = await SendCompleteAsync(role, elementId, variables);
        return completed.StatusCode;
    }

    /// <summary>Completes the open task <paramref name="elementId"/> as <paramref name="role"/> and waits for the follow-up work.</summary>
    public async Task CompleteAsync(string role, string elementId, object variables)
    {
        using var completed = await SendCompleteAsync(role, elementId, variables);
        Assert.True(completed.IsSuccessStatusCode, $"{elementId} as {role}: {(int)completed.StatusCode} {await completed.Content.ReadAsStringAsync()}");
        await ViewAsync();
    }

    private async Task<HttpResponseMessage> SendCompleteAsync(string role, string elementId, object variables)
    {
        var task = await TaskAsync(elementId);
        var client = await node.AsAsync(role);
        var (_, etag) = await TaskApiKit.ReadTaskAsync(client, task.TaskId);
        return await TaskApiKit.PostAsync(client, $"/api/tasks/{task.TaskId}/complete", new { variables }, etag);
    }

    /// <summary>00:00 in China of <paramref name="day"/>.</summary>
    public static DateTimeOffset Midnight(DateOnly day) => ShanghaiTime.StartOf(day);

    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
