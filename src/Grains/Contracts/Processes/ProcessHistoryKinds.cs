namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>What a <see cref="ProcessHistoryEntry"/> records; stored values, never renamed.</summary>
public static class ProcessHistoryKinds
{
    public const string Deployed = "deployed";
    public const string Published = "published";
    public const string Retired = "retired";

    /// <summary>A timer start event of the version fired and started one instance (R37).</summary>
    public const string StartTimerFired = "startTimerFired";
}
