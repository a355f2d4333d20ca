namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>One version of a process as callers see it; the XML is read separately.</summary>
/// <param name="Key">The process key.</param>
/// <param name="Version">1, 2, 3, … per key, never reused.</param>
/// <param name="Status">A <see cref="ProcessVersionStatus"/> value.</param>
/// <param name="Name">The process name in this version, if any.</param>
/// <param name="VersionTag"><c>camunda:versionTag</c> in this version, if any.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the XML as UTF-8 with line endings normalised to LF.</param>
/// <param name="DeployedAt">When this version was stored.</param>
/// <param name="DeployedBy">Who deployed it.</param>
/// <param name="PublishedAt">When it was last published, if ever.</param>
/// <param name="PublishedBy">Who last published it.</param>
/// <param name="RetiredAt">When it was last unpublished, if ever.</param>
/// <param name="RetiredBy">Who last unpublished it.</param>
[GenerateSerializer, Immutable, Alias("caseflow.process-version-view")]
public sealed record ProcessVersionView(
    [property: Id(0)] string Key,
    [property: Id(1)] int Version,
    [property: Id(2)] string Status,
    [property: Id(3)] string? Name,
    [property: Id(4)] string? VersionTag,
    [property: Id(5)] string Sha256,
    [property: Id(6)] DateTimeOffset DeployedAt,
    [property: Id(7)] string DeployedBy,
    [property: Id(8)] DateTimeOffset? PublishedAt,
    [property: Id(9)] string? PublishedBy,
    [property: Id(10)] DateTimeOffset? RetiredAt,
    [property: Id(11)] string? RetiredBy);
