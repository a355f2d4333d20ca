using System.Collections.Immutable;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Instances.Listeners;
using CaseFlow.Grains.Processes;
using CaseFlow.Grains.Storage;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Parsing;

namespace CaseFlow.Grains.Instances;

/// <summary>Version resolution, model loading and the one-step-one-write path of <see cref="ProcessInstanceGrain"/>.</summary>
internal sealed partial class ProcessInstanceGrain
{
    /// <summary>The latest published version, or the requested one when it is published (R81).</summary>
    private async Task<(int Version, DomainError? Error)> ResolveStartVersionAsync(string processKey, int? requested)
    {
        var definition = GrainFactory.GetGrain<IProcessDefinitionGrain>(processKey);
        if (requested is null)
        {
            var latest = await definition.GetLatestPublishedAsync().ConfigureAwait(true);
            return latest.Version is { } published
                ? (published.Version, null)
                : (0, StartError(latest.Error!.Code));
        }

        var versions = await definition.GetVersionsAsync().ConfigureAwait(true);
        if (versions.Error is { } error)
        {
            return (0, StartError(error.Code));
        }

        var match = versions.Versions.FirstOrDefault(v => v.Version == requested.Value);
        if (match is null)
        {
            return (0, StartError(ProcessErrorCodes.VersionNotFound));
        }

        // Drafts and retired versions start only as tests with process:test (R81), which this grain does not offer yet.
        return match.Status == ProcessVersionStatus.Published
            ? (match.Version, null)
            : (0, StartError(ProcessErrorCodes.NoPublishedVersion));
    }

    private static DomainError StartError(string definitionCode) => definitionCode switch
    {
        ProcessErrorCodes.NoPublishedVersion =>
            DomainError.Simple(InstanceErrorCodes.VersionNotStartable, "The process version is not published, so it cannot be started.", "version"),
        ProcessErrorCodes.VersionNotFound =>
            DomainError.Simple(InstanceErrorCodes.ProcessNotFound, "The process has no such version.", "version"),
        _ => DomainError.Simple(InstanceErrorCodes.ProcessNotFound, "No process with this key has been deployed.", "processKey"),
    };

    /// <summary>The parsed model of one version, from the node's cache or parsed once into it.</summary>
    private async Task<(ProcessModel? Model, DomainError? Error)> LoadModelAsync(string processKey, int version)
    {
        if (models.Find(processKey, version) is { } cached)
        {
            return (cached, null);
        }

        var xml = await GrainFactory.GetGrain<IProcessDefinitionGrain>(processKey).GetXmlAsync(version).ConfigureAwait(true);
        if (xml.Xml is null)
        {
            InstancesLog.ModelUnavailable(logger, InstanceId, processKey, version, xml.Error?.Code ?? "none");
            return (null, StartError(xml.Error?.Code ?? ProcessErrorCodes.ProcessNotFound));
        }

        // A stored version was valid when deployed; re-parsing is deterministic (R89), so errors here mean the parser
        // changed underneath the stored XML, an installation fault the caller cannot fix.
        var parsed = BpmnParser.Parse(xml.Xml, ProcessParsing.Options);
        var model = parsed.HasErrors
            ? null
            : parsed.Definitions?.ExecutableProcesses.FirstOrDefault(p => string.Equals(p.Key, processKey, StringComparison.Ordinal));
        if (model is null)
        {
            InstancesLog.ModelUnavailable(logger, InstanceId, processKey, version, InstanceErrorCodes.EngineFault);
            return (null, DomainError.Simple(InstanceErrorCodes.EngineFault, "The process version could not be loaded."));
        }

        models.Add(processKey, version, model);
        return (model, null);
    }

    /// <summary>One engine step: execute, write the new state, then apply the effects.</summary>
    /// <remarks>
    /// <para>
    /// The write comes first: an effect applied before the state is stored could announce a timer, a job or an end
    /// that a failed write then undoes. A failed write reverts the in-memory state to the last stored one and
    /// deactivates the grain (its outcome is unknown), and the exception reaches the caller.
    /// </para>
    /// <para>
    /// Effects are then applied in the order the engine emitted them, and the wake-up is aligned and follow-up work
    /// scheduled only after all of them: a follow-up is a step of its own and must find this step's effects
    /// complete, and the wake-up must reflect the last timer change of the step rather than an intermediate one.
    /// </para>
    /// </remarks>
    /// <param name="model">The model of the instance's version.</param>
    /// <param name="current">The engine state to step from.</param>
    /// <param name="links">The stored record whose links and history the new state keeps and extends.</param>
    /// <param name="command">The command.</param>
    private async Task<ProcessInstanceResult> StepAsync(ProcessModel model, InstanceState current, ProcessInstanceState links, EngineCommand command)
    {
        var now = time.GetUtcNow();
        var result = engine.Execute(model, current, command, now);
        if (result.Rejection is { } rejection)
        {
            return Refuse(CommandName(command), rejection.Code, rejection.Message);
        }

        // R5: a repeated command id reports the instance as it is; its effects were applied the first time.
        if (result.Replayed is null)
        {
            var next = links.Copy();
            next.Instance = result.State;
            next.History = InstanceHistory.Append(links.History, command, result.Effects, now);
            next.TaskClocks = TaskClocks.Refresh(links.TaskClocks, result.State, model, SlaCalendar);
            next.ChildrenToCancel = links.ChildrenToCancel.AddRange(result.Effects.OfType<ChildInstanceCancelled>().Select(c => c.ChildInstanceId));
            next.PendingListeners = links.PendingListeners.AddRange(result.Effects.OfType<TaskListenerInvoked>().Select(i => new PendingListener(i, 0)));
            next.EscalationsToReport = links.EscalationsToReport.AddRange(
                result.Effects.OfType<EscalationRaisedToCaller>().Select(e => new CallerEscalation(e.EscalationId, e.EscalationCode)));
            await WriteStateAsync(next).ConfigureAwait(true);
            ApplyEffects(result.Effects);
            await AlignWakeUpAsync().ConfigureAwait(true);
            ScheduleFollowUps();
        }

        return ProcessInstanceResult.Ok(InstanceViews.From(state.State));
    }

    /// <summary>Stores <paramref name="next"/> as the instance's state.</summary>
    /// <remarks>A failed write reverts the in-memory state to the last stored one and deactivates the grain (its
    /// outcome is unknown); the exception reaches the caller.</remarks>
    private Task WriteStateAsync(ProcessInstanceState next) =>
        state.WriteOrRevertAsync(next, ex =>
        {
            InstancesLog.StateWriteFailed(logger, ex, InstanceId);
            DeactivateOnIdle();
        });

    /// <summary>Effects the grain itself acts on; task, timer and job effects reach people through the read model later.</summary>
    private void ApplyEffects(ImmutableList<EngineEffect> effects)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case InstanceCompleted:
                    InstancesLog.Ended(logger, InstanceId, "completed");
                    break;
                case InstanceCancelled:
                    InstancesLog.Ended(logger, InstanceId, "cancelled");
                    break;
                default:
                    // WakeUpRequested, ContinuationRequested and JobCreated are served from the stored state after
                    // the loop (AlignWakeUpAsync, ScheduleFollowUps), so a restart serves them the same way.
                    break;
            }
        }
    }
}
