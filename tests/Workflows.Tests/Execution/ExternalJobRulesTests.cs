using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md R62: external workers lock offered jobs, and only the lock holder answers before expiry.</summary>
public sealed class ExternalJobRulesTests
{
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    private static (EngineRun Run, JobInstance Job) Offered(string? retryCycle = null)
    {
        var run = new EngineRun(Linear(Service("middle", "civil-affairs.check", retryCycle)));
        run.Start();
        return (run, Assert.Single(run.State.Jobs));
    }

    [Fact]
    public void R62a_an_expired_lock_offers_the_job_again_without_using_an_attempt()
    {
        var (run, job) = Offered("R3/PT5M");
        Assert.True(run.Send(new LockJob(run.NextCommandId(), job.JobId, "worker-a", FiveMinutes)).IsAccepted);

        run.Now += FiveMinutes;
        var relocked = run.Send(new LockJob(run.NextCommandId(), job.JobId, "worker-b", FiveMinutes));
        var late = run.Send(new CompleteJob(run.NextCommandId(), job.JobId, null, "worker-a"));

        Assert.True(relocked.IsAccepted);
        Assert.Empty(relocked.Effects);
        var after = Assert.Single(run.State.Jobs);
        Assert.Equal((1, 3, JobState.Offered, "worker-b", run.Now + FiveMinutes), (after.Attempt, after.AttemptsLeft, after.State, after.LockOwner, after.LockExpiresAt));
        Assert.Equal(RejectionCodes.JobLockMismatch, late.Rejection?.Code);
    }

    [Fact]
    public void R62b_a_worker_result_after_a_boundary_cancelled_the_task_is_JobNotActive()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "check"), Service("check", "civil-affairs.check"), Flow("f2", "check", "end"), End(),
            TimerBoundary("late", "check", "timeDuration", "PT1H"), Flow("f3", "late", "end_late"), End("end_late")));
        run.Start();
        var job = Assert.Single(run.State.Jobs);
        run.Send(new LockJob(run.NextCommandId(), job.JobId, "worker-a", TimeSpan.FromHours(2)));
        run.Now += TimeSpan.FromHours(1);
        run.Fire(run.TimerOf("late").TimerId);

        var result = run.Send(new CompleteJob(run.NextCommandId(), job.JobId, null, "worker-a"));

        Assert.Equal(RejectionCodes.JobNotActive, result.Rejection?.Code);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void R62c_a_locked_job_refuses_a_second_worker_and_answers_from_no_one_but_the_holder()
    {
        var (run, job) = Offered();
        run.Send(new LockJob(run.NextCommandId(), job.JobId, "worker-a", FiveMinutes));

        var stolen = run.Send(new LockJob(run.NextCommandId(), job.JobId, "worker-b", FiveMinutes));
        var foreignComplete = run.Send(new CompleteJob(run.NextCommandId(), job.JobId, null, "worker-b"));
        var foreignFail = run.Send(new FailJob(run.NextCommandId(), job.JobId, "down", WorkerId: "worker-b"));
        var foreignExtend = run.Send(new ExtendJobLock(run.NextCommandId(), job.JobId, "worker-b", FiveMinutes));
        var completed = run.Send(new CompleteJob(run.NextCommandId(), job.JobId, EngineRun.Vars(("checked", true)), "worker-a"));

        Assert.Equal(
            [RejectionCodes.JobLockMismatch, RejectionCodes.JobLockMismatch, RejectionCodes.JobLockMismatch, RejectionCodes.JobLockMismatch],
            new[] { stolen, foreignComplete, foreignFail, foreignExtend }.Select(r => r.Rejection?.Code));
        Assert.True(completed.IsAccepted);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.True(run.State.RootVariables["checked"].GetBoolean());
    }

    [Fact]
    public void R62d_an_unlocked_job_refuses_a_worker_answer_and_extend_moves_the_expiry_from_now()
    {
        var (run, job) = Offered();

        var unlocked = run.Send(new CompleteJob(run.NextCommandId(), job.JobId, null, "worker-a"));
        run.Send(new LockJob(run.NextCommandId(), job.JobId, "worker-a", FiveMinutes));
        run.Now += TimeSpan.FromMinutes(4);
        var extended = run.Send(new ExtendJobLock(run.NextCommandId(), job.JobId, "worker-a", FiveMinutes));
        run.Now += TimeSpan.FromMinutes(4);
        var completed = run.Send(new CompleteJob(run.NextCommandId(), job.JobId, null, "worker-a"));

        Assert.Equal(RejectionCodes.JobLockMismatch, unlocked.Rejection?.Code);
        Assert.True(extended.IsAccepted);
        Assert.True(completed.IsAccepted);
    }

    [Fact]
    public void R63b_a_worker_failure_with_retries_and_timeout_overrides_the_cycle_and_releases_the_lock()
    {
        var (run, job) = Offered("R3/PT5M");
        run.Send(new LockJob(run.NextCommandId(), job.JobId, "worker-a", FiveMinutes));

        var failed = run.Send(new FailJob(run.NextCommandId(), job.JobId, "registry down", 5, TimeSpan.FromSeconds(30), "worker-a"));

        Assert.True(failed.IsAccepted);
        var waiting = Assert.Single(run.State.Jobs);
        Assert.Equal((JobState.WaitingRetry, 5, (string?)null), (waiting.State, waiting.AttemptsLeft, waiting.LockOwner));
        Assert.Equal(run.Now + TimeSpan.FromSeconds(30), Assert.Single(run.State.Timers).DueAt);
        run.Now += TimeSpan.FromSeconds(30);
        var reoffered = Assert.Single(run.Fire(run.State.Timers[0].TimerId).Effects.OfType<JobCreated>());
        Assert.Equal(2, reoffered.Attempt);
        Assert.True(run.Send(new LockJob(run.NextCommandId(), job.JobId, "worker-b", FiveMinutes)).IsAccepted);
    }

    [Fact]
    public void R62e_lock_commands_on_an_ended_instance_are_JobNotActive()
    {
        var (run, job) = Offered();
        run.Send(new CancelInstance(run.NextCommandId(), "withdrawn", "operator"));

        Assert.Equal(RejectionCodes.JobNotActive, run.Send(new LockJob(run.NextCommandId(), job.JobId, "worker-a", FiveMinutes)).Rejection?.Code);
        Assert.Equal(RejectionCodes.JobNotActive, run.Send(new ExtendJobLock(run.NextCommandId(), job.JobId, "worker-a", FiveMinutes)).Rejection?.Code);
    }
}
