namespace CaseFlow.Workflows.Sla;

/// <summary>The API words for a running SLA clock (DOMAIN.md §6.3).</summary>
public static class SlaStatuses
{
    public const string OnTrack = "on_track";
    public const string AtRisk = "at_risk";
    public const string Overdue = "overdue";
    public const string Paused = "paused";

    public static IReadOnlyList<string> All { get; } = [OnTrack, AtRisk, Overdue, Paused];

    /// <summary>The status at <paramref name="now"/>; null for a task without a deadline.</summary>
    public static string? At(DateTimeOffset now, DateTimeOffset? dueAt, DateTimeOffset? warnAt, bool paused = false) =>
        dueAt is not { } due ? null
        : paused ? Paused
        : now >= due ? Overdue
        : warnAt is { } warn && now >= warn ? AtRisk
        : OnTrack;
}
