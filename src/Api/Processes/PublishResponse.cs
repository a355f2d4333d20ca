using CaseFlow.Grains.Contracts.Processes;

namespace CaseFlow.Api.Processes;

/// <summary>
/// The answer to a successful publish: the version as <see cref="ProcessVersionView"/> shows it, plus <c>warnings</c>,
/// the cross-key warnings of R81 (BPMN602: a called key with no published version), empty when there are none.
/// </summary>
/// <remarks>
/// The version's fields stay at the top level, as they were before warnings existed, so a client that reads the
/// version from the publish answer keeps working.
/// </remarks>
public sealed record PublishResponse(
    string Key,
    int Version,
    string Status,
    string? Name,
    string? VersionTag,
    string Sha256,
    DateTimeOffset DeployedAt,
    string DeployedBy,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    DateTimeOffset? RetiredAt,
    string? RetiredBy,
    IReadOnlyList<ProcessDiagnostic> Warnings)
{
    public static PublishResponse From(ProcessVersionView view, IReadOnlyList<ProcessDiagnostic> warnings)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(
            view.Key, view.Version, view.Status, view.Name, view.VersionTag, view.Sha256, view.DeployedAt, view.DeployedBy,
            view.PublishedAt, view.PublishedBy, view.RetiredAt, view.RetiredBy, warnings);
    }
}
