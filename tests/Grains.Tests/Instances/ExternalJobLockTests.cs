using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>External workers' lock, extend, complete and fail through the grain, with the silo's fake clock (R62).</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class ExternalJobLockTests(InstanceClusterFixture fixture)
{
    private static readonly TimeSpan Lock = TimeSpan.FromMinutes(5);

    private readonly InstanceTestKit _kit = new(fixture);

    private async Task<(IProcessInstanceGrain Grain, InstanceJobView Job)> StartExternalAsync()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.ServiceThenTask(key, "civil-affairs.check"));
        var (grain, started) = await _kit.StartAsync(key);
        return (grain, Assert.Single(started.Jobs));
    }

    [Fact(DisplayName = "A lock is held by one worker: a second worker and foreign answers get JobLockMismatch; the holder completes")]
    public async Task Lock_then_complete()
    {
        var (grain, job) = await StartExternalAsync();

        var locked = await grain.LockJobAsync(job.JobId, "worker-a", Lock, InstanceTestKit.NewCommandId());
        var stolen = await grain.LockJobAsync(job.JobId, "worker-b", Lock, InstanceTestKit.NewCommandId());
        var foreign = await grain.CompleteExternalJobAsync(job.JobId, "worker-b", null, InstanceTestKit.NewCommandId());
        var foreignFail = await grain.FailExternalJobAsync(job.JobId, "worker-b", "down", null, null, InstanceTestKit.NewCommandId());
        var extended = await grain.ExtendJobLockAsync(job.JobId, "worker-a", Lock, InstanceTestKit.NewCommandId());
        var completed = await grain.CompleteExternalJobAsync(job.JobId, "worker-a", """{"checked":true}""", InstanceTestKit.NewCommandId());

        var held = Assert.Single(locked.Instance!.Jobs);
        Assert.Equal(("worker-a", InstanceClusterFixture.Clock.GetUtcNow() + Lock), (held.LockOwner, held.LockExpiresAt));
        Assert.Equal(
            [InstanceErrorCodes.JobLockMismatch, InstanceErrorCodes.JobLockMismatch, InstanceErrorCodes.JobLockMismatch],
            new[] { stolen, foreign, foreignFail }.Select(r => r.Error?.Code));
        Assert.Null(extended.Error);
        Assert.Null(completed.Error);
        Assert.Equal(["Task_1"], completed.Instance!.ActiveElementIds.AsEnumerable());
        Assert.True(JsonDocument.Parse(completed.Instance.VariablesJson).RootElement.GetProperty("checked").GetBoolean());
    }

    [Fact(DisplayName = "R62a: after the lock expires another worker takes the job with the attempt unchanged; the first worker is refused")]
    public async Task Expired_lock_reoffers_without_an_attempt()
    {
        var (grain, job) = await StartExternalAsync();
        await grain.LockJobAsync(job.JobId, "worker-a", TimeSpan.FromSeconds(30), InstanceTestKit.NewCommandId());

        InstanceClusterFixture.Clock.Advance(TimeSpan.FromSeconds(31));
        var relocked = await grain.LockJobAsync(job.JobId, "worker-b", Lock, InstanceTestKit.NewCommandId());
        var late = await grain.FailExternalJobAsync(job.JobId, "worker-a", "timeout", null, null, InstanceTestKit.NewCommandId());

        var now = Assert.Single(relocked.Instance!.Jobs);
        Assert.Equal((job.Attempt, job.AttemptsLeft, "worker-b"), (now.Attempt, now.AttemptsLeft, now.LockOwner));
        Assert.Equal(InstanceErrorCodes.JobLockMismatch, late.Error?.Code);
    }

    [Fact(DisplayName = "A worker failure with retries 0 parks the token in an incident and releases the lock")]
    public async Task Failure_without_retries_is_an_incident()
    {
        var (grain, job) = await StartExternalAsync();
        await grain.LockJobAsync(job.JobId, "worker-a", Lock, InstanceTestKit.NewCommandId());

        var failed = await grain.FailExternalJobAsync(job.JobId, "worker-a", "registry rejected the request", 0, null, InstanceTestKit.NewCommandId());

        var incident = Assert.Single(failed.Instance!.Incidents);
        Assert.Equal("ServiceRetriesExhausted", incident.Type);
        var exhausted = Assert.Single(failed.Instance.Jobs);
        Assert.Equal(("exhausted", (string?)null), (exhausted.State, exhausted.LockOwner));
    }
}
