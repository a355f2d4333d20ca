using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Processes;

/// <summary>The write path of <see cref="ProcessDefinitionGrain"/>.</summary>
internal sealed partial class ProcessDefinitionGrain
{
    /// <summary>A copy of the state with <paramref name="change"/> applied and its history entry appended.</summary>
    /// <remarks>Built on a copy so a failed write leaves the served state untouched.</remarks>
    private ProcessDefinitionState Next(Action<ProcessDefinitionState> change, DateTimeOffset now, string actor, string kind, int version)
    {
        var current = state.State;
        var next = new ProcessDefinitionState
        {
            Versions = [.. current.Versions.Select(Copy)],
            History = [.. current.History],
            StartTimers = [.. current.StartTimers],
            StartTimersVersion = current.StartTimersVersion,
        };
        change(next);
        next.History.Add(new ProcessHistoryEntry(next.History.Count + 1, now, actor, kind, version));
        return next;
    }

    /// <summary>Stores <paramref name="next"/>; on failure the grain keeps the last stored state and deactivates.</summary>
    private Task WriteAsync(ProcessDefinitionState next) =>
        state.WriteOrRevertAsync(next, ex =>
        {
            ProcessesLog.StateWriteFailed(logger, ex, Key);
            DeactivateOnIdle();
        });

    // The XML string is immutable and shared; only the small mutable fields are copied.
    private static ProcessVersionRecord Copy(ProcessVersionRecord v) => new()
    {
        Version = v.Version,
        Status = v.Status,
        Xml = v.Xml,
        Sha256 = v.Sha256,
        Name = v.Name,
        VersionTag = v.VersionTag,
        DeployedAt = v.DeployedAt,
        DeployedBy = v.DeployedBy,
        PublishedAt = v.PublishedAt,
        PublishedBy = v.PublishedBy,
        RetiredAt = v.RetiredAt,
        RetiredBy = v.RetiredBy,
    };
}
