namespace CaseFlow.Grains.Processes.ReadModel;

/// <summary>One process key in the list, from the read model.</summary>
/// <param name="Key">The process key.</param>
/// <param name="Name">The name in the latest version.</param>
/// <param name="LatestVersion">The highest version number, whatever its status.</param>
/// <param name="PublishedVersion">The highest published version (the one a start by key uses), or null.</param>
/// <param name="VersionCount">All versions of the key.</param>
/// <param name="DraftCount">Versions still draft.</param>
/// <param name="PublishedCount">Versions published now.</param>
/// <param name="RetiredCount">Versions unpublished.</param>
/// <param name="LastDeployedAt">When the latest version was deployed.</param>
public sealed record ProcessSummary(
    string Key,
    string? Name,
    int LatestVersion,
    int? PublishedVersion,
    int VersionCount,
    int DraftCount,
    int PublishedCount,
    int RetiredCount,
    DateTimeOffset LastDeployedAt);
