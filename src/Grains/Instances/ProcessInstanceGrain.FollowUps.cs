using System.Globalization;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Grains.Instances;

/// <summary>Work that runs after a step commits: async continuations (R66) and in-process service jobs (R62).</summary>
/// <remarks>
/// Pending work is read from the stored state (elements parked at a savepoint, offered jobs with a handler), never
/// from a memory queue, so work committed before a crash runs on the next activation. It runs in a one-way call to
/// itself, queued behind the command that produced it: that command has already answered, and the call's turn is not
/// interleaved with commands, so each piece is again one step and one write.
/// </remarks>
internal sealed partial class ProcessInstanceGrain
{
    // Bounds one timer turn, so a long chain of savepoints cannot hold the instance against callers indefinitely.
    private const int FollowUpsPerTurn = 50;

    // Follow-ups refused in this activation; retried only by a new activation, never in a hot loop.
    private readonly HashSet<string> _refusedFollowUps = new(StringComparer.Ordinal);
    private bool _followUpsQueued;

    private void ScheduleFollowUps()
    {
        if (_followUpsQueued || NextFollowUp() is null)
        {
            return;
        }

        _followUpsQueued = true;
        _ = this.AsReference<IProcessInstanceFollowUps>().RunFollowUpsAsync();
    }

    async Task IProcessInstanceFollowUps.RunFollowUpsAsync()
    {
        _followUpsQueued = false;
        for (var done = 0; done < FollowUpsPerTurn && NextFollowUp() is { } work; done++)
        {
            if (work.Run is { } run)
            {
                if (!await run().ConfigureAwait(true))
                {
                    _refusedFollowUps.Add(work.Key);
                }

                continue;
            }

            var (key, command) = work.Job is { } job
                ? (JobKey(job), await RunHandlerAsync(job).ConfigureAwait(true))
                : work.Call is { } call
                    ? (work.Key, await SyncCallAsync(call).ConfigureAwait(true))
                    : (work.Key, work.Command);
            if (command is null)
            {
                continue; // A child still running, or one that could not be reached (tried again on the next wake-up).
            }

            if (Instance is not { } current)
            {
                return;
            }

            var (model, error) = await LoadModelAsync(current.ProcessKey, current.ProcessVersion).ConfigureAwait(true);
            var result = model is null ? null : await StepAsync(model, current, state.State, command).ConfigureAwait(true);
            if ((error ?? result?.Error) is { } refused)
            {
                _refusedFollowUps.Add(key);
                InstancesLog.FollowUpRejected(logger, InstanceId, CommandName(command), refused.Code);
            }
        }

        ScheduleFollowUps();
        await AlignWakeUpAsync().ConfigureAwait(true);
    }

    /// <summary>The first pending continuation or handler job, in creation order of the state's lists.</summary>
    private FollowUp? NextFollowUp()
    {
        if ((NextCallWork() ?? NextListenerWork() ?? NextClaimSettlement()) is { } owed)
        {
            return owed;
        }

        if (Instance is not { Status: InstanceStatus.Active } current)
        {
            return null;
        }

        foreach (var element in current.Elements)
        {
            if (element is { State: ElementInstanceState.Waiting, Savepoint: SavepointPhase.Before or SavepointPhase.After })
            {
                var key = $"continue:{element.Id}:{element.Savepoint}";
                if (!_refusedFollowUps.Contains(key))
                {
                    return new FollowUp(key, new Continue(key, element.Id), null);
                }
            }
        }

        var job = current.Jobs.FirstOrDefault(j => j.State == JobState.Offered && handlers.Find(j.Topic) is not null && !_refusedFollowUps.Contains(JobKey(j)));
        if (job is not null)
        {
            return new FollowUp(JobKey(job), null, job);
        }

        var call = current.Calls.FirstOrDefault(c => !_runningChildren.Contains(c.ChildInstanceId) && !_refusedFollowUps.Contains(CallKey(c)));
        return call is null ? NextBufferedMessageWork(current) : new FollowUp(CallKey(call), null, null, call);
    }

    /// <summary>Runs the handler and turns its outcome, or its exception, into the command that records it.</summary>
    private async Task<EngineCommand> RunHandlerAsync(JobInstance job)
    {
        var key = JobKey(job);
        var current = Instance!;
        var (model, _) = await LoadModelAsync(current.ProcessKey, current.ProcessVersion).ConfigureAwait(true);
        var variables = model is null ? current.RootVariables : VariableVisibility.Of(model, current, job.ElementInstanceId);
        var context = new ServiceTaskContext(
            InstanceId, job.JobId, job.ElementId, job.Topic, job.Attempt, key,
            current.BusinessKey, state.State.PersonId, state.State.PetitionId, variables);
        ServiceTaskOutcome outcome;
        try
        {
            outcome = await handlers.Find(job.Topic)!.HandleAsync(context, CancellationToken.None).ConfigureAwait(true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception text may quote data the handler touched; the job keeps only its type.
            InstancesLog.HandlerThrew(logger, ex, InstanceId, job.Topic, job.JobId, job.Attempt);
            outcome = ServiceTaskOutcome.Failed($"The handler failed ({ex.GetType().Name}).");
        }

        if (outcome.IsCompleted)
        {
            return new CompleteJob($"job:{key}:completed", job.JobId, outcome.Variables);
        }

        if (outcome.ErrorCode is { } code)
        {
            return new ThrowJobError($"job:{key}:error", job.JobId, code, outcome.FailureMessage);
        }

        return new FailJob($"job:{key}:failed", job.JobId, outcome.FailureMessage!, outcome.Retries, outcome.RetryTimeout);
    }

    // The engine's handler idempotency key (R62): instance, element instance and attempt.
    private string JobKey(JobInstance job) =>
        $"{InstanceId}:{job.ElementInstanceId}:{job.Attempt.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>One piece of pending work: a continuation command, a job whose handler must run first, a call whose child
    /// must be started or read, or a message between a child and its parent (<see cref="Run"/>, true once delivered).</summary>
    private sealed record FollowUp(string Key, EngineCommand? Command, JobInstance? Job, CallInstance? Call = null, Func<Task<bool>>? Run = null);
}
