namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>What a <see cref="ProcessHistoryEntry"/> records; stored values, never renamed.</summary>
public static class ProcessHistoryKinds
{
    public const string Deployed = "deployed";
    public const string Published = "published";
    public const string Retired = "retired";
}
