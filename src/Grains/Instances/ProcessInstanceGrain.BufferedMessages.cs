using CaseFlow.Grains.Messages;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Grains.Instances;

/// <summary>Opt-in message buffering (R55): a subscription opened on an allow-listed name takes the oldest message held for it.</summary>
/// <remarks>
/// <para>
/// The instance state is where subscriptions open (R52), so the instance is where a buffered message is taken: after a
/// step, each open subscription on an allow-listed name that this activation has not looked up yet becomes follow-up
/// work. In that turn of its own the instance reads the messages held for the name and its business key in publish
/// order, drops the expired ones (the stored row records the drop), skips those whose sender's jurisdiction or
/// correlation variables do not fit it, claims the first that does and delivers it as a message correlation. The
/// claim is conditional in the store, so of two instances reaching for one message only one gets it.
/// </para>
/// <para>
/// The delivery's command id comes from the message (the sender's id, or the buffer id), so a claim whose delivery
/// was interrupted is delivered again by the next activation, which finds the message still claimed by this
/// instance, and the engine replays rather than repeats it (R5). Which subscriptions were looked up is kept in memory
/// only: a new activation looks again, which costs a query and finds nothing twice.
/// </para>
/// </remarks>
internal sealed partial class ProcessInstanceGrain
{
    // Subscriptions whose buffered messages this activation has looked up.
    private readonly HashSet<string> _bufferLookedUp = new(StringComparer.Ordinal);

    // Whether this activation has settled the claims an earlier one left behind.
    private bool _claimsSettled;

    Task IProcessInstanceFollowUps.CheckBufferedMessagesAsync()
    {
        _bufferLookedUp.Clear();
        ScheduleFollowUps();
        return Task.CompletedTask;
    }

    /// <summary>The first open subscription on an allow-listed name not yet looked up in this activation.</summary>
    private FollowUp? NextBufferedMessageWork(InstanceState current)
    {
        var options = bufferingOptions.Value;
        if (options.AllowedNames.Count == 0 || current.BusinessKey is null)
        {
            return null;
        }

        var subscription = current.Subscriptions.FirstOrDefault(s => options.Allows(s.MessageName) && !_bufferLookedUp.Contains(s.SubscriptionId));
        return subscription is null
            ? null
            : new FollowUp("buffered:" + subscription.SubscriptionId, null, null, Run: () => TakeBufferedMessageAsync(subscription));
    }

    /// <summary>Once per activation, while buffering is on: the claims an interrupted earlier activation left.</summary>
    private FollowUp? NextClaimSettlement() =>
        _claimsSettled || bufferingOptions.Value.AllowedNames.Count == 0 || Instance is null
            ? null
            : new FollowUp("buffered-claims", null, null, Run: SettleClaimsAsync);

    /// <summary>
    /// A message this instance claimed but never marked delivered: delivered after all when its delivery command is in
    /// the instance's record (the crash fell between the step and the mark), given back when nothing here waits for it
    /// any more; one whose subscription is still open is left to <see cref="TakeBufferedMessageAsync"/>, which
    /// delivers it again under the same command id.
    /// </summary>
    private async Task<bool> SettleClaimsAsync()
    {
        _claimsSettled = true;
        IReadOnlyList<BufferedMessage> claimed;
        try
        {
            claimed = await bufferedMessages.ClaimedByAsync(InstanceId).ConfigureAwait(true);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException)
        {
            MessageBufferLog.LookupFailed(logger, ex, InstanceId, "(claims)");
            return true;
        }

        foreach (var message in claimed)
        {
            var current = Instance!;
            var commandId = DeliveryCommandId(message);
            if (current.RecentCommands.Any(c => string.Equals(c.CommandId, commandId, StringComparison.Ordinal)))
            {
                await bufferedMessages.MarkDeliveredAsync(message.BufferId, InstanceId, time.GetUtcNow()).ConfigureAwait(true);
                MessageBufferLog.Delivered(logger, message.BufferId, message.MessageName, InstanceId);
            }
            else if (current.Status != InstanceStatus.Active
                || !current.Subscriptions.Any(s => string.Equals(s.MessageName, message.MessageName, StringComparison.Ordinal)))
            {
                MessageBufferLog.Released(logger, InstanceId, message.BufferId, "SubscriptionClosed");
                await bufferedMessages.ReleaseAsync(message.BufferId, InstanceId).ConfigureAwait(true);
            }
        }

        return true;
    }

    private static string DeliveryCommandId(BufferedMessage message) =>
        message.MessageId is { } sent ? "message:" + sent : "buffered:" + message.BufferId;

    /// <summary>Delivers the oldest fitting buffered message to <paramref name="subscription"/>, if one is held.</summary>
    /// <returns>Always true: finding nothing is not a refusal, and the subscription is not looked up again in this activation.</returns>
    private async Task<bool> TakeBufferedMessageAsync(MessageSubscription subscription)
    {
        _bufferLookedUp.Add(subscription.SubscriptionId);
        if (Instance is not { Status: InstanceStatus.Active, BusinessKey: { } businessKey } current
            || !current.Subscriptions.Any(s => string.Equals(s.SubscriptionId, subscription.SubscriptionId, StringComparison.Ordinal)))
        {
            return true;
        }

        IReadOnlyList<BufferedMessage> candidates;
        try
        {
            candidates = await bufferedMessages.CandidatesAsync(subscription.MessageName, businessKey, InstanceId).ConfigureAwait(true);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException)
        {
            MessageBufferLog.LookupFailed(logger, ex, InstanceId, subscription.MessageName);
            return true;
        }

        var rootVariables = InstanceVariables.ToJson(current.RootVariables);
        foreach (var message in candidates)
        {
            var now = time.GetUtcNow();
            var ours = string.Equals(message.State, BufferedMessageStates.Claimed, StringComparison.Ordinal);
            if (!ours && message.ExpiresAt <= now)
            {
                if (await bufferedMessages.TryDropAsync(message.BufferId, now).ConfigureAwait(true))
                {
                    MessageBufferLog.Dropped(logger, message.BufferId, message.MessageName, message.ExpiresAt);
                }

                continue;
            }

            if (!message.Scope.Covers(state.State.JurisdictionCode) || !CorrelationVariables.Match(rootVariables, message.CorrelationJson))
            {
                continue;
            }

            if (ours || await bufferedMessages.TryClaimAsync(message.BufferId, InstanceId, now).ConfigureAwait(true))
            {
                await DeliverBufferedAsync(message).ConfigureAwait(true);
                return true;
            }
        }

        return true;
    }

    /// <summary>Correlates a claimed message to this instance; gives it back when the instance refuses it.</summary>
    private async Task DeliverBufferedAsync(BufferedMessage message)
    {
        var commandId = DeliveryCommandId(message);
        if (!InstanceVariables.TryParse(message.VariablesJson, out var variables, out _))
        {
            // Checked when it was buffered; a row that no longer parses is given back rather than delivered half.
            await bufferedMessages.ReleaseAsync(message.BufferId, InstanceId).ConfigureAwait(true);
            return;
        }

        var result = await CommandAsync(new CorrelateMessage(commandId, message.MessageName, variables)).ConfigureAwait(true);
        if (result.Error is { } refused)
        {
            MessageBufferLog.Released(logger, InstanceId, message.BufferId, refused.Code);
            await bufferedMessages.ReleaseAsync(message.BufferId, InstanceId).ConfigureAwait(true);
            return;
        }

        await bufferedMessages.MarkDeliveredAsync(message.BufferId, InstanceId, time.GetUtcNow()).ConfigureAwait(true);
        MessageBufferLog.Delivered(logger, message.BufferId, message.MessageName, InstanceId);
    }
}
