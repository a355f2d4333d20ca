using CaseFlow.Grains.Contracts.Processes;

namespace CaseFlow.Grains.Processes;

/// <summary>One stored version: its XML as deployed, its status and who changed it when.</summary>
[GenerateSerializer, Alias("caseflow.process-definition.version")]
public sealed class ProcessVersionRecord
{
    [Id(0)]
    public int Version { get; set; }

    /// <summary>A <see cref="ProcessVersionStatus"/> value.</summary>
    [Id(1)]
    public string Status { get; set; } = ProcessVersionStatus.Draft;

    /// <summary>The file as deployed (decoded text, original line endings).</summary>
    [Id(2)]
    public string Xml { get; set; } = string.Empty;

    /// <summary>SHA-256 of the normalised XML; equal hashes mean an unchanged redeploy.</summary>
    [Id(3)]
    public string Sha256 { get; set; } = string.Empty;

    [Id(4)]
    public string? Name { get; set; }

    [Id(5)]
    public string? VersionTag { get; set; }

    [Id(6)]
    public DateTimeOffset DeployedAt { get; set; }

    [Id(7)]
    public string DeployedBy { get; set; } = string.Empty;

    [Id(8)]
    public DateTimeOffset? PublishedAt { get; set; }

    [Id(9)]
    public string? PublishedBy { get; set; }

    [Id(10)]
    public DateTimeOffset? RetiredAt { get; set; }

    [Id(11)]
    public string? RetiredBy { get; set; }

    public ProcessVersionView ToView(string key) =>
        new(key, Version, Status, Name, VersionTag, Sha256, DeployedAt, DeployedBy, PublishedAt, PublishedBy, RetiredAt, RetiredBy);
}
