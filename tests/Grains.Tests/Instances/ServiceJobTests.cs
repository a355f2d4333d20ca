using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Service jobs (in-process handlers and external workers) and async continuations through the grain.</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class ServiceJobTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    [Fact(DisplayName = "A caseflow. job runs its handler once after the step commits, with the engine's idempotency key")]
    public async Task In_process_handler_completes_the_job()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.ServiceThenTask(key, RecordingVisitHandler.HandledTopic));

        var (grain, started) = await _kit.StartAsync(key);
        var view = await InstanceTestKit.WaitUntilAsync(grain, v => v.Tasks.Length == 1);

        Assert.Equal(["Task_1"], view.Tasks.Select(t => t.ElementId));
        Assert.Empty(view.Jobs);
        Assert.True(JsonDocument.Parse(view.VariablesJson).RootElement.GetProperty("visitRecorded").GetBoolean());
        var call = Assert.Single(RecordingVisitHandler.Calls[started.InstanceId]);
        Assert.Equal(1, call.Attempt);
        Assert.StartsWith(started.InstanceId + ":", call.IdempotencyKey, StringComparison.Ordinal);
        Assert.EndsWith(":1", call.IdempotencyKey, StringComparison.Ordinal);
        Assert.Equal("P0001", call.PersonId);
    }

    [Fact(DisplayName = "A caseflow. job sees the variables visible to its task: the root's, its subprocess's locals over them, then its input mappings")]
    public async Task In_process_handler_sees_the_variables_visible_to_its_task()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.ServiceInSubprocess(key, RecordingVisitHandler.HandledTopic));

        var (grain, started) = await _kit.StartAsync(key, """{"label":"root","kept":1}""");
        var view = await InstanceTestKit.WaitUntilAsync(grain, v => v.Tasks.Length == 1);

        Assert.True(view.Tasks.Length == 1, string.Join("; ", view.Incidents.Select(i => i.Type + " " + i.Message)));
        var call = Assert.Single(RecordingVisitHandler.Calls[started.InstanceId]);
        Assert.Equal("inner", call.Variables["label"].GetString());
        Assert.Equal("seen inner", call.Variables["note"].GetString());
        Assert.Equal(1, call.Variables["kept"].GetInt32());
    }

    [Fact(DisplayName = "An external job stays open; failed without retries it is an incident; retried and completed, the token moves on")]
    public async Task External_job_fail_retry_complete()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.ServiceThenTask(key, "payments.transfer"));
        var (grain, started) = await _kit.StartAsync(key);
        var job = Assert.Single(started.Jobs);
        Assert.Equal("offered", job.State);
        Assert.Equal("payments.transfer", job.Topic);

        var failed = await grain.FailJobAsync(job.JobId, "bank unavailable", 0, null, InstanceTestKit.NewCommandId());
        var incident = Assert.Single(failed.Instance!.Incidents);
        Assert.Equal("ServiceRetriesExhausted", incident.Type);

        var retried = await grain.RetryIncidentAsync(incident.IncidentId, """{"bank":"backup"}""", "operator-1", InstanceTestKit.NewCommandId());
        Assert.Null(retried.Error);
        Assert.Empty(retried.Instance!.Incidents);
        Assert.Equal("offered", Assert.Single(retried.Instance.Jobs).State);

        var unknown = await grain.CompleteJobAsync("no-such-job", null, InstanceTestKit.NewCommandId());
        var completed = await grain.CompleteJobAsync(job.JobId, """{"paid":true}""", InstanceTestKit.NewCommandId());

        Assert.Equal(InstanceErrorCodes.JobNotActive, unknown.Error?.Code);
        Assert.Null(completed.Error);
        Assert.Empty(completed.Instance!.Jobs);
        Assert.Equal(["Task_1"], completed.Instance.Tasks.Select(t => t.ElementId));
    }

    [Fact(DisplayName = "An asyncBefore savepoint commits first and continues in a step of its own")]
    public async Task Async_before_continues()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key, "camunda:asyncBefore=\"true\""));

        var (grain, started) = await _kit.StartAsync(key);
        var view = await InstanceTestKit.WaitUntilAsync(grain, v => v.Tasks.Length == 1);

        Assert.Empty(started.Tasks);
        Assert.Equal(["Task_1"], started.ActiveElementIds.ToArray());
        Assert.Equal(["Task_1"], view.Tasks.Select(t => t.ElementId));
    }
}
