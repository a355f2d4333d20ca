using Orleans.Concurrency;

namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>The versions of one BPMN process, keyed by the process key (<c>process/@id</c>), as BPMN.md R80–R81 describe.</summary>
/// <remarks>
/// Every result carries either its value or a <see cref="DomainError"/> with a <see cref="ProcessErrorCodes"/> code;
/// expected refusals are never thrown.
/// </remarks>
[Alias("caseflow.IProcessDefinitionGrain")]
public interface IProcessDefinitionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the file as a new draft version of this key, or returns the latest version flagged unchanged when the
    /// file equals it (line endings normalised). A file with errors, or without this key as an executable process,
    /// stores nothing.
    /// </summary>
    [Alias("deploy")]
    Task<ProcessDeployResult> DeployAsync(DeployProcess command);

    /// <summary>Marks a draft or retired version published; publishing a published version changes nothing.</summary>
    /// <remarks>
    /// Runs the cross-key checks of R81 first: a message start name that another key's latest published version
    /// uses (BPMN601) refuses the publish with MODEL_INVALID; a literal called key with no published version
    /// (BPMN602) does not, and comes back as a warning in <see cref="ProcessVersionResult.Diagnostics"/>.
    /// </remarks>
    [Alias("publish")]
    Task<ProcessVersionResult> PublishAsync(int version, string actor);

    /// <summary>Retires a published version so new starts stop using it; retiring a retired version changes nothing.</summary>
    [Alias("unpublish")]
    Task<ProcessVersionResult> UnpublishAsync(int version, string actor);

    /// <summary>Every version, oldest first.</summary>
    [Alias("get-versions")]
    Task<ProcessVersionsResult> GetVersionsAsync();

    /// <summary>The XML of one version as it was deployed.</summary>
    [Alias("get-xml")]
    Task<ProcessXmlResult> GetXmlAsync(int version);

    /// <summary>The highest published version: the one a start by key uses (R81).</summary>
    [Alias("get-latest-published")]
    Task<ProcessVersionResult> GetLatestPublishedAsync();

    /// <summary>The latest published version and its message start names, for the cross-key checks of another key's publish.</summary>
    /// <remarks>
    /// It interleaves so that two keys published at the same moment, each asking the other, never wait on each other
    /// until the call times out; it only reads the version list, which a write replaces whole.
    /// </remarks>
    [Alias("get-published-start-messages"), AlwaysInterleave]
    Task<PublishedStartMessages> GetPublishedStartMessagesAsync();

    /// <summary>The append-only record of deploys, publications and retirements, oldest first.</summary>
    [Alias("get-history")]
    Task<ProcessHistoryResult> GetHistoryAsync();
}
