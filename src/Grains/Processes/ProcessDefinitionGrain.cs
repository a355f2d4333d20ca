using System.Collections.Immutable;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Storage;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Parsing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.Processes;

/// <summary>The versions of one process key: deploy, publish and retire (BPMN.md R80–R81).</summary>
/// <remarks>
/// The API validates a file before it calls here; the grain parses it again because it is the last line before the
/// write and must not trust its caller. Every command validates completely, then stores the change and its history
/// entry in one write.
/// </remarks>
[GrainType("process-definition")]
internal sealed partial class ProcessDefinitionGrain(
    [PersistentState(ProcessDefinitionState.StateName, StorageNames.Default)] IPersistentState<ProcessDefinitionState> state,
    TimeProvider time,
    EngineOptions engineOptions,
    IOptions<ReminderOptions> reminderOptions,
    IProcessKeySource processKeys,
    ILogger<ProcessDefinitionGrain> logger) : Grain, IProcessDefinitionGrain
{
    private string Key => this.GetPrimaryKeyString();

    private List<ProcessVersionRecord> Versions => state.State.Versions;

    async Task<ProcessDeployResult> IProcessDefinitionGrain.DeployAsync(DeployProcess command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.Xml))
        {
            return Refuse(command.Actor, DomainError.Simple(DomainErrorCodes.Required, "The BPMN file is empty.", "file"), []);
        }

        var parsed = BpmnParser.Parse(command.Xml, ProcessParsing.Options);
        ImmutableArray<ProcessDiagnostic> diagnostics = [.. parsed.Diagnostics.Select(ProcessDiagnostic.From)];
        if (parsed.HasErrors)
        {
            return Refuse(command.Actor, ModelInvalid(diagnostics), diagnostics);
        }

        var process = parsed.Definitions?.ExecutableProcesses.FirstOrDefault(p => string.Equals(p.Key, Key, StringComparison.Ordinal));
        if (process is null)
        {
            return Refuse(command.Actor, DomainError.Simple(ProcessErrorCodes.ProcessNotInFile, "The file has no executable process with this key."), diagnostics);
        }

        var sha = ProcessXmlText.Sha256Of(command.Xml);
        if (Versions.Count > 0 && Versions[^1] is { } latest
            && string.Equals(latest.Sha256, sha, StringComparison.Ordinal)
            && string.Equals(ProcessXmlText.Normalise(latest.Xml), ProcessXmlText.Normalise(command.Xml), StringComparison.Ordinal))
        {
            ProcessesLog.Unchanged(logger, Key, latest.Version, command.Actor);
            return new ProcessDeployResult(latest.ToView(Key), true, diagnostics, null);
        }

        var now = time.GetUtcNow();
        var record = new ProcessVersionRecord
        {
            Version = Versions.Count == 0 ? 1 : Versions[^1].Version + 1,
            Status = ProcessVersionStatus.Draft,
            Xml = command.Xml,
            Sha256 = sha,
            Name = process.Attributes.Name,
            VersionTag = process.Attributes.VersionTag,
            DeployedAt = now,
            DeployedBy = command.Actor,
        };
        await WriteAsync(Next(next => next.Versions.Add(record), now, command.Actor, ProcessHistoryKinds.Deployed, record.Version)).ConfigureAwait(true);
        ProcessesLog.Deployed(logger, Key, record.Version, command.Actor);
        return new ProcessDeployResult(record.ToView(Key), false, diagnostics, null);
    }

    async Task<ProcessVersionResult> IProcessDefinitionGrain.PublishAsync(int version, string actor)
    {
        if (Find(version, out var error) is not { } record)
        {
            return ProcessVersionResult.Fail(error!);
        }

        if (record.Status == ProcessVersionStatus.Published)
        {
            return ProcessVersionResult.Ok(record.ToView(Key));
        }

        // Re-validated because the installation may have changed since the deploy (a topic no longer handled), and
        // checked against the other keys as they are now (R81): BPMN601 refuses, BPMN602 only warns.
        var parsed = BpmnParser.Parse(record.Xml, ProcessParsing.Options);
        if (parsed.HasErrors)
        {
            ImmutableArray<ProcessDiagnostic> diagnostics = [.. parsed.Diagnostics.Select(ProcessDiagnostic.From)];
            return ProcessVersionResult.Fail(ModelInvalid(diagnostics), diagnostics);
        }

        var model = parsed.Definitions!.ExecutableProcesses.First(p => string.Equals(p.Key, Key, StringComparison.Ordinal));
        var crossKey = await CrossKeyDiagnosticsAsync(model).ConfigureAwait(true);
        if (crossKey.Any(d => d.IsError))
        {
            ProcessesLog.PublishRefused(logger, Key, version, actor, crossKey.Count(d => d.IsError));
            return ProcessVersionResult.Fail(ModelInvalid(crossKey), crossKey);
        }

        // R82: the timer starts move to this version in the same write when it becomes the latest published one.
        var now = time.GetUtcNow();
        var hadStartTimers = state.State.StartTimers.Count > 0;
        var becomesLatest = !Versions.Any(v => v.Status == ProcessVersionStatus.Published && v.Version > version);
        var timers = new List<StartTimerRecord>();
        if (becomesLatest)
        {
            (timers, var problems) = PlanStartTimers(model, version, now);
            if (!problems.IsEmpty)
            {
                ImmutableArray<ProcessDiagnostic> diagnostics =
                    [.. problems.Select(p => new ProcessDiagnostic("BPMN304", ProcessDiagnostic.Error, p.Message, p.ElementId, "startEvent", 0, 0))];
                return ProcessVersionResult.Fail(ModelInvalid(diagnostics), diagnostics);
            }
        }

        await WriteAsync(Next(
            next =>
            {
                var copy = next.Versions[IndexOf(version)];
                copy.Status = ProcessVersionStatus.Published;
                copy.PublishedAt = now;
                copy.PublishedBy = actor;
                if (becomesLatest)
                {
                    next.StartTimers = timers;
                    next.StartTimersVersion = version;
                }
            },
            now, actor, ProcessHistoryKinds.Published, version)).ConfigureAwait(true);
        await AlignAfterChangeAsync(hadStartTimers).ConfigureAwait(true);
        ProcessesLog.Published(logger, Key, version, actor);
        return ProcessVersionResult.Ok(Versions[IndexOf(version)].ToView(Key), crossKey);
    }

    async Task<ProcessVersionResult> IProcessDefinitionGrain.UnpublishAsync(int version, string actor)
    {
        if (Find(version, out var error) is not { } record)
        {
            return ProcessVersionResult.Fail(error!);
        }

        if (record.Status == ProcessVersionStatus.Retired)
        {
            return ProcessVersionResult.Ok(record.ToView(Key));
        }

        if (record.Status != ProcessVersionStatus.Published)
        {
            return ProcessVersionResult.Fail(DomainError.Simple(ProcessErrorCodes.VersionNotPublished, "Only a published version can be unpublished."));
        }

        var now = time.GetUtcNow();
        var hadStartTimers = state.State.StartTimers.Count > 0;
        await WriteAsync(Next(
            next =>
            {
                var copy = next.Versions[IndexOf(version)];
                copy.Status = ProcessVersionStatus.Retired;
                copy.RetiredAt = now;
                copy.RetiredBy = actor;
                next.StartTimers = ReplanAfterRetirement(next, now);
            },
            now, actor, ProcessHistoryKinds.Retired, version)).ConfigureAwait(true);
        await AlignAfterChangeAsync(hadStartTimers).ConfigureAwait(true);
        ProcessesLog.Retired(logger, Key, version, actor);
        return ProcessVersionResult.Ok(Versions[IndexOf(version)].ToView(Key));
    }

    Task<ProcessVersionsResult> IProcessDefinitionGrain.GetVersionsAsync() =>
        Task.FromResult(Versions.Count == 0
            ? new ProcessVersionsResult([], ProcessNotFound())
            : new ProcessVersionsResult([.. Versions.Select(v => v.ToView(Key))], null));

    Task<ProcessXmlResult> IProcessDefinitionGrain.GetXmlAsync(int version) =>
        Task.FromResult(Find(version, out var error) is { } record ? new ProcessXmlResult(record.Xml, null) : new ProcessXmlResult(null, error));

    Task<ProcessVersionResult> IProcessDefinitionGrain.GetLatestPublishedAsync()
    {
        if (Versions.Count == 0)
        {
            return Task.FromResult(ProcessVersionResult.Fail(ProcessNotFound()));
        }

        var latest = Versions.LastOrDefault(v => v.Status == ProcessVersionStatus.Published);
        return Task.FromResult(latest is null
            ? ProcessVersionResult.Fail(DomainError.Simple(ProcessErrorCodes.NoPublishedVersion, "The process has no published version."))
            : ProcessVersionResult.Ok(latest.ToView(Key)));
    }

    Task<ProcessHistoryResult> IProcessDefinitionGrain.GetHistoryAsync() =>
        Task.FromResult(Versions.Count == 0
            ? new ProcessHistoryResult([], ProcessNotFound())
            : new ProcessHistoryResult([.. state.State.History], null));

    private ProcessVersionRecord? Find(int version, out DomainError? error)
    {
        if (Versions.Count == 0)
        {
            error = ProcessNotFound();
            return null;
        }

        var index = IndexOf(version);
        error = index < 0 ? DomainError.Simple(ProcessErrorCodes.VersionNotFound, "The process has no such version.", "version") : null;
        return index < 0 ? null : Versions[index];
    }

    // Versions are stored in order from 1 without gaps, so the number is the position; checked rather than assumed.
    private int IndexOf(int version) =>
        version >= 1 && version <= Versions.Count && Versions[version - 1].Version == version
            ? version - 1
            : Versions.FindIndex(v => v.Version == version);

    private ProcessDeployResult Refuse(string actor, DomainError error, ImmutableArray<ProcessDiagnostic> diagnostics)
    {
        ProcessesLog.Refused(logger, Key, actor, error.Code, diagnostics.Count(d => d.IsError));
        return new ProcessDeployResult(null, false, diagnostics, error);
    }

    private static DomainError ProcessNotFound() =>
        DomainError.Simple(ProcessErrorCodes.ProcessNotFound, "No version of this process has been deployed.");

    private static DomainError ModelInvalid(ImmutableArray<ProcessDiagnostic> diagnostics) =>
        DomainError.Simple(
            ProcessErrorCodes.ModelInvalid,
            $"The BPMN file has {diagnostics.Count(d => d.IsError)} errors; see the diagnostics.");
}
