namespace CaseFlow.Grains.Instances.Listeners;

/// <summary>How a listener handler ended: done, optionally with one history entry the instance records for it.</summary>
/// <remarks>
/// The entry is written in the same state write that marks the invocation done, so a retried handler never records
/// it twice; the notification rules turn history entries into inbox notifications.
/// </remarks>
/// <param name="HistoryKind">The history kind to record, or null for none.</param>
/// <param name="Detail">Its detail text; never personal data.</param>
public sealed record TaskListenerOutcome(string? HistoryKind = null, string? Detail = null)
{
    public static TaskListenerOutcome Done { get; } = new();
}
