using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>R62: an offered job is locked to one worker until its expiry; an expired lock is simply free again.</summary>
    /// <remarks>
    /// The lock lives in the instance state, so the instance is the authority: two workers racing for one job are
    /// serialised here and the second is refused. Locking uses no attempt, so a lock that lapses because a worker
    /// died re-offers the job with its attempt count unchanged (R62a). A worker may re-lock a job it already holds.
    /// </remarks>
    private EngineRejection? LockJob(LockJob command)
    {
        if (FindOfferedJob(command.JobId) is not { } job || FindElement(job.ElementInstanceId) is null)
        {
            return new(RejectionCodes.JobNotActive, $"Job '{command.JobId}' is not active.");
        }

        if (job.LockOwner is { } owner && job.LockExpiresAt > _now && !string.Equals(owner, command.WorkerId, StringComparison.Ordinal))
        {
            return new(RejectionCodes.JobLockMismatch, $"Job '{command.JobId}' is locked by another worker.");
        }

        SetLock(job, command.WorkerId, command.LockDuration);
        return null;
    }

    private EngineRejection? ExtendJobLock(ExtendJobLock command)
    {
        if (FindOfferedJob(command.JobId) is not { } job || FindElement(job.ElementInstanceId) is null)
        {
            return new(RejectionCodes.JobNotActive, $"Job '{command.JobId}' is not active.");
        }

        if (LockProblem(job, command.WorkerId) is { } problem)
        {
            return problem;
        }

        SetLock(job, command.WorkerId, command.LockDuration);
        return null;
    }

    /// <summary>Why <paramref name="workerId"/> may not answer for the job: it holds no lock, or the lock has expired.</summary>
    private EngineRejection? LockProblem(JobInstance job, string workerId) =>
        string.Equals(job.LockOwner, workerId, StringComparison.Ordinal) && job.LockExpiresAt > _now
            ? null
            : new(RejectionCodes.JobLockMismatch, $"Job '{job.JobId}' is not locked by this worker, or its lock has expired.");

    private void SetLock(JobInstance job, string workerId, TimeSpan duration)
    {
        var index = _jobs.FindIndex(candidate => string.Equals(candidate.JobId, job.JobId, StringComparison.Ordinal));
        _jobs[index] = job with { LockOwner = workerId, LockExpiresAt = _now + (duration > TimeSpan.Zero ? duration : TimeSpan.Zero) };
    }
}
