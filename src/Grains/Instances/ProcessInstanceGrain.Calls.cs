using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Grains.Instances;

/// <summary>Call activities between instances (R45–R47): the caller starts its child, the child reports how it ended.</summary>
/// <remarks>
/// <para>
/// Both directions are driven from stored state, so a crash at any point loses nothing. The caller's waiting calls
/// are in its engine state; as follow-up work it reads each child and starts the ones that do not exist yet (the
/// child's id comes from the engine, so a second start finds the first). A child that has ended keeps
/// <see cref="ProcessInstanceState.ParentNotified"/> false until its parent has taken the news; children to cancel,
/// errors and escalations to pass up are lists in the stored record, crossed off once delivered. While any of this is pending the
/// wake-up reminder fires every minute, so a node that died in between has it retried. Each message goes in a
/// follow-up turn of its own: the other instance may be waiting on this one, and neither grain is reentrant.
/// </para>
/// <para>
/// The same command id records a child's end whether the child reported it or the caller found it, so the call
/// completes once (R5, R47). A child's escalations go to the parent before its end, in the order raised: a call that
/// completed first would no longer take them.
/// </para>
/// </remarks>
internal sealed partial class ProcessInstanceGrain
{
    private const int MaxCallDepth = 16;
    private const string NotifyParentKey = "notify-parent";
    private static readonly TimeSpan CallRetry = TimeSpan.FromMinutes(1);

    // Children found running in this activation; a new activation checks each again.
    private readonly HashSet<string> _runningChildren = new(StringComparer.Ordinal);

    private bool ParentNoticePending =>
        Instance is { Status: InstanceStatus.Completed or InstanceStatus.Cancelled } && state.State.ParentInstanceId is not null && !state.State.ParentNotified;

    private IEnumerable<Incident> UnreportedErrors =>
        state.State.ParentInstanceId is null || Instance is not { Status: InstanceStatus.Active } current
            ? []
            : current.Incidents.Where(i => i is { Type: IncidentTypes.UnhandledError, ErrorCode: not null } && !state.State.ReportedErrors.Contains(i.IncidentId));

    private bool CallWorkPending =>
        ParentNoticePending
        || !state.State.ChildrenToCancel.IsEmpty
        || !state.State.EscalationsToReport.IsEmpty
        || UnreportedErrors.Any()
        || (Instance is { Status: InstanceStatus.Active } current && current.Calls.Any(c => !_runningChildren.Contains(c.ChildInstanceId)));

    /// <summary>The first message owed between this instance and its children or parent, unless it failed in this activation.</summary>
    private FollowUp? NextCallWork()
    {
        foreach (var childId in state.State.ChildrenToCancel)
        {
            var key = "call-cancel:" + childId;
            if (!_refusedFollowUps.Contains(key))
            {
                return new FollowUp(key, null, null, Run: () => CancelChildAsync(childId));
            }
        }

        foreach (var incident in UnreportedErrors)
        {
            var key = "report-error:" + incident.IncidentId;
            if (!_refusedFollowUps.Contains(key))
            {
                return new FollowUp(key, null, null, Run: () => ReportErrorAsync(incident));
            }
        }

        // Only the oldest escalation, and the end only after all of them, so the parent sees them in order (R43).
        if (state.State.EscalationsToReport.FirstOrDefault() is { } escalation)
        {
            var key = "report-escalation:" + escalation.EscalationId;
            return _refusedFollowUps.Contains(key) ? null : new FollowUp(key, null, null, Run: () => ReportEscalationAsync(escalation));
        }

        return ParentNoticePending && !_refusedFollowUps.Contains(NotifyParentKey)
            ? new FollowUp(NotifyParentKey, null, null, Run: NotifyParentAsync)
            : null;
    }

    private static string CallKey(CallInstance call) => "call:" + call.ChildInstanceId;

    /// <summary>Reads the child of a waiting call, starting it if it does not exist; the command recording its end, or null while it runs.</summary>
    private async Task<EngineCommand?> SyncCallAsync(CallInstance call)
    {
        var key = CallKey(call);
        var child = GrainFactory.GetGrain<IProcessInstanceGrain>(call.ChildInstanceId);
        try
        {
            var view = (await child.GetAsync().ConfigureAwait(true)).Instance;
            if (view is null)
            {
                if (state.State.CallDepth >= MaxCallDepth)
                {
                    return new FailCall(key + ":depth", call.ChildInstanceId, IncidentTypes.CallDepthExceeded, $"calls may nest at most {MaxCallDepth} deep.");
                }

                var (version, problem) = await ResolveCallVersionAsync(call).ConfigureAwait(true);
                if (problem is not null)
                {
                    return new FailCall(key + ":not-found", call.ChildInstanceId, IncidentTypes.CalledElementNotFound, problem);
                }

                var started = await child.StartAsync(new StartProcessInstance(
                    call.ProcessKey, version, call.BusinessKey, InstanceVariables.ToJson(call.Variables), state.State.PersonId, state.State.PetitionId,
                    "process:" + InstanceId, key, state.State.JurisdictionCode, null, InstanceId, state.State.CallDepth + 1)).ConfigureAwait(true);
                if (started.Instance is not { } running)
                {
                    return new FailCall(key + ":not-found", call.ChildInstanceId, IncidentTypes.CalledElementNotFound, $"'{call.ProcessKey}' cannot be started: {started.Error!.Message}");
                }

                InstancesLog.ChildStarted(logger, InstanceId, call.ChildInstanceId, call.ProcessKey);
                view = running;
            }

            _runningChildren.Add(call.ChildInstanceId);
            if (view.EscalationsForCaller > 0)
            {
                return null; // It still owes this call escalations, which must come before its end: it reports both itself.
            }

            return view.Status switch
            {
                "completed" => ChildEnded(call.ChildInstanceId, completed: true, view.VariablesJson),
                "cancelled" => ChildEnded(call.ChildInstanceId, completed: false, null),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            InstancesLog.ChildUnreachable(logger, ex, InstanceId, call.ChildInstanceId);
            _refusedFollowUps.Add(key);
            return null;
        }
    }

    /// <summary>The command recording how a child ended; one command id whether the child told it or the caller found it.</summary>
    private static EngineCommand ChildEnded(string childInstanceId, bool completed, string? variablesJson) =>
        completed
            ? new CompleteCall("call:" + childInstanceId + ":completed", childInstanceId, ParseVariables(variablesJson))
            : new FailCall("call:" + childInstanceId + ":cancelled", childInstanceId, IncidentTypes.ChildCancelled, "the child instance was cancelled.");

    /// <summary>R45 bindings: latest (and deployment, which has no deployment unit here), a version number, or the latest published with a version tag.</summary>
    private async Task<(int? Version, string? Problem)> ResolveCallVersionAsync(CallInstance call)
    {
        switch (call.Binding)
        {
            case "version":
                return (call.Version, null);
            case "versionTag":
                var versions = await GrainFactory.GetGrain<IProcessDefinitionGrain>(call.ProcessKey).GetVersionsAsync().ConfigureAwait(true);
                var tagged = versions.Versions
                    .Where(v => v.Status == ProcessVersionStatus.Published && string.Equals(v.VersionTag, call.VersionTag, StringComparison.Ordinal))
                    .MaxBy(v => v.Version);
                return tagged is null ? (null, $"no published version of '{call.ProcessKey}' has the version tag '{call.VersionTag}'.") : (tagged.Version, null);
            default:
                return (null, null);
        }
    }

    async Task<bool> IProcessInstanceCalls.ChildEndedAsync(string childInstanceId, bool completed, string? variablesJson)
    {
        if (Instance is not { } current || !current.Calls.Any(c => string.Equals(c.ChildInstanceId, childInstanceId, StringComparison.Ordinal)))
        {
            return true; // Told before, or the call was cancelled meanwhile: nothing waits for this child.
        }

        var result = await CommandAsync(ChildEnded(childInstanceId, completed, variablesJson)).ConfigureAwait(true);
        if (result.Error is { Code: RejectionCodes.VariableInvalid } invalid)
        {
            // The child's variables do not fit the call's camunda:out mappings: the call parks where an operator sees it.
            result = await CommandAsync(new FailCall("call:" + childInstanceId + ":outputs", childInstanceId, IncidentTypes.ExpressionError, invalid.Message)).ConfigureAwait(true);
        }

        return result.Error is null or { Code: RejectionCodes.CallNotActive };
    }

    /// <summary>Tells the parent how this child ended and records that it was told.</summary>
    private Task<bool> NotifyParentAsync() =>
        TellParentAsync(
            parent => parent.ChildEndedAsync(InstanceId, Instance!.Status == InstanceStatus.Completed, InstanceVariables.ToJson(Instance.RootVariables)),
            next => next.ParentNotified = true);

    /// <summary>Tells the parent something and, once it has taken it, crosses it off in the stored record.</summary>
    /// <returns>False when the parent could not be reached or did not take it: the wake-up tries again.</returns>
    private async Task<bool> TellParentAsync(Func<IProcessInstanceCalls, Task<bool>> tell, Action<ProcessInstanceState> crossOff)
    {
        var parentId = state.State.ParentInstanceId!;
        try
        {
            if (!await tell(GrainFactory.GetGrain<IProcessInstanceCalls>(parentId)).ConfigureAwait(true))
            {
                InstancesLog.ParentUnreachable(logger, null, InstanceId, parentId);
                return false;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            InstancesLog.ParentUnreachable(logger, ex, InstanceId, parentId);
            return false;
        }

        var next = state.State.Copy();
        crossOff(next);
        await WriteStateAsync(next).ConfigureAwait(true);
        return true;
    }

    /// <summary>R47: a cancelled call cancels its child, in a turn of its own (the child may be waiting on this instance).</summary>
    /// <remarks>A child that already ended answers with an error, which is fine: either way it is crossed off the list.</remarks>
    private async Task<bool> CancelChildAsync(string childId)
    {
        try
        {
            await GrainFactory.GetGrain<IProcessInstanceGrain>(childId)
                .CancelAsync("The calling activity was cancelled.", "process:" + InstanceId, "call-cancel:" + childId).ConfigureAwait(true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            InstancesLog.ChildUnreachable(logger, ex, InstanceId, childId);
            return false;
        }

        var next = state.State.Copy();
        next.ChildrenToCancel = state.State.ChildrenToCancel.Remove(childId);
        await WriteStateAsync(next).ConfigureAwait(true);
        return true;
    }

    /// <summary>R41c: passes an error nothing here caught to the parent, which throws it at its call activity.</summary>
    private Task<bool> ReportErrorAsync(Incident incident) =>
        TellParentAsync(
            parent => parent.ChildErrorAsync(InstanceId, incident.ErrorCode!, incident.Message),
            next => next.ReportedErrors = next.ReportedErrors.Add(incident.IncidentId));

    async Task<bool> IProcessInstanceCalls.ChildErrorAsync(string childInstanceId, string errorCode, string message)
    {
        if (Instance is not { } current || !current.Calls.Any(c => string.Equals(c.ChildInstanceId, childInstanceId, StringComparison.Ordinal)))
        {
            return true;
        }

        var result = await CommandAsync(new ThrowCallError("call:" + childInstanceId + ":error:" + errorCode, childInstanceId, errorCode, message)).ConfigureAwait(true);

        // Not caught here either (R42): the child keeps its incident for an operator, and the call keeps waiting.
        return result.Error is null or { Code: RejectionCodes.ErrorNotCaught or RejectionCodes.CallNotActive };
    }

    /// <summary>R43: passes an escalation nothing here caught to the parent, which throws it at its call activity.</summary>
    /// <remarks>This instance already went on as if it were uncaught; a caught interrupting one cancels it afterwards (R47).</remarks>
    private Task<bool> ReportEscalationAsync(CallerEscalation escalation) =>
        TellParentAsync(
            parent => parent.ChildEscalationAsync(InstanceId, escalation.EscalationId, escalation.EscalationCode),
            next => next.EscalationsToReport = next.EscalationsToReport.Remove(escalation));

    async Task<bool> IProcessInstanceCalls.ChildEscalationAsync(string childInstanceId, string escalationId, string escalationCode)
    {
        if (Instance is not { } current || !current.Calls.Any(c => string.Equals(c.ChildInstanceId, childInstanceId, StringComparison.Ordinal)))
        {
            return true; // The call ended meanwhile: nothing is left here to catch it.
        }

        var result = await CommandAsync(new ThrowCallEscalation("call:" + childInstanceId + ":escalation:" + escalationId, childInstanceId, escalationCode)).ConfigureAwait(true);
        return result.Error is null or { Code: RejectionCodes.CallNotActive };
    }

    /// <summary>After a wake-up, call work that failed in this activation is tried again.</summary>
    private void RetryCallWork() =>
        _refusedFollowUps.RemoveWhere(key =>
            key.StartsWith("call", StringComparison.Ordinal)
            || key.StartsWith("report-error:", StringComparison.Ordinal)
            || key.StartsWith("report-escalation:", StringComparison.Ordinal)
            || key == NotifyParentKey);

    private static ImmutableSortedDictionary<string, System.Text.Json.JsonElement>? ParseVariables(string? json) =>
        InstanceVariables.TryParse(json, out var variables, out _) ? variables : null;
}
