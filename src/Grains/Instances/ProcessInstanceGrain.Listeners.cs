using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Instances.Listeners;

namespace CaseFlow.Grains.Instances;

/// <summary>Handler task listeners (R58): run after their step, at least once, retried by the wake-up, then given up.</summary>
/// <remarks>
/// Invocations wait in the stored record, written with the step that produced them, so a crash before a handler ran
/// runs it on the next activation. Each runs in a follow-up turn of its own; its outcome (and the one history entry it
/// may ask for) is recorded in one write that also crosses it off, so a retried handler never records twice. After
/// <see cref="ListenerAttempts"/> failures, or at once when no handler is registered under its name, the invocation is
/// given up and recorded as <c>listenerFailed</c>: listeners never block the task.
/// </remarks>
internal sealed partial class ProcessInstanceGrain
{
    private const int ListenerAttempts = 3;
    private const string ListenerKeyPrefix = "listener:";

    private bool ListenerWorkPending => !state.State.PendingListeners.IsEmpty;

    private FollowUp? NextListenerWork()
    {
        foreach (var pending in state.State.PendingListeners)
        {
            var key = ListenerKeyPrefix + pending.Invocation.IdempotencyKey;
            if (!_refusedFollowUps.Contains(key))
            {
                return new FollowUp(key, null, null, Run: () => RunListenerAsync(pending));
            }
        }

        return null;
    }

    /// <summary>Runs one invocation; false when it failed and is to be tried again after the next wake-up.</summary>
    private async Task<bool> RunListenerAsync(PendingListener pending)
    {
        var invocation = pending.Invocation;
        var attempt = pending.Attempts + 1;
        var handler = listeners.Find(invocation.HandlerName);
        TaskListenerOutcome? outcome = null;
        string? failure = handler is null ? $"no handler is registered as '{invocation.HandlerName}'" : null;
        if (handler is not null)
        {
            var context = new TaskListenerContext(
                InstanceId, invocation.TaskId, invocation.ElementId, invocation.Event, invocation.ListenerId,
                invocation.Fields, invocation.Assignee, attempt, invocation.IdempotencyKey);
            try
            {
                outcome = await handler.HandleAsync(context, CancellationToken.None).ConfigureAwait(true);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The exception text may quote data the handler touched; the history keeps only its type.
                InstancesLog.ListenerHandlerThrew(logger, ex, InstanceId, invocation.HandlerName, invocation.TaskId, attempt);
                failure = $"the handler failed ({ex.GetType().Name})";
            }
        }

        var now = time.GetUtcNow();
        var next = state.State.Copy();
        var done = outcome is not null || handler is null || attempt >= ListenerAttempts;
        next.PendingListeners = done
            ? state.State.PendingListeners.Remove(pending)
            : state.State.PendingListeners.Replace(pending, pending with { Attempts = attempt });
        if (outcome?.HistoryKind is { } kind)
        {
            next.History = InstanceHistory.AppendOne(next.History, now, kind, invocation.ElementId, invocation.TaskId, outcome.Detail);
        }
        else if (outcome is null && done)
        {
            var message = $"The {invocation.Event} listener '{invocation.HandlerName}' of '{invocation.ElementId}' gave up after {attempt} attempt(s): {failure}.";
            next.History = InstanceHistory.AppendOne(next.History, now, InstanceHistoryKinds.ListenerFailed, invocation.ElementId, invocation.TaskId, message);
            InstancesLog.ListenerGivenUp(logger, InstanceId, invocation.HandlerName, invocation.TaskId, attempt);
        }

        await WriteStateAsync(next).ConfigureAwait(true);
        return done;
    }

    /// <summary>After a wake-up, listener invocations that failed in this activation are tried again.</summary>
    private void RetryListenerWork() =>
        _refusedFollowUps.RemoveWhere(key => key.StartsWith(ListenerKeyPrefix, StringComparison.Ordinal));
}
