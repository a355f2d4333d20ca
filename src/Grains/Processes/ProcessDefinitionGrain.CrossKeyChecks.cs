using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Parsing;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Grains.Processes;

/// <summary>The cross-key checks of a publish (R81: BPMN601, BPMN602), run where the publication is written.</summary>
/// <remarks>
/// Here rather than in the API so that every caller that publishes is checked. Each other key answers for itself
/// (<see cref="IProcessDefinitionGrain.GetPublishedStartMessagesAsync"/>), so its published state is as current as
/// its grain; only the list of keys to ask comes from <see cref="IProcessKeySource"/>, and only when the version being
/// published has message starts, so an ordinary publish asks just its literal called keys.
/// </remarks>
internal sealed partial class ProcessDefinitionGrain
{
    // The start message names of the latest published version, parsed once per version and activation.
    private (int Version, ImmutableArray<string> Names)? _publishedStartMessages;

    private async Task<ImmutableArray<ProcessDiagnostic>> CrossKeyDiagnosticsAsync(ProcessModel process)
    {
        var others = new HashSet<string>(StringComparer.Ordinal);
        if (PublishValidator.StartMessageNames(process).Count > 0)
        {
            others.UnionWith(await processKeys.ListPublishedKeysAsync(CancellationToken.None).ConfigureAwait(true));
        }

        others.UnionWith(PublishValidator.CalledKeys(process).Select(call => call.CalledKey));
        others.Remove(Key);

        var answers = await Task.WhenAll(others.Select(AskAsync)).ConfigureAwait(true);
        var published = answers
            .Where(answer => answer.State.PublishedVersion is not null)
            .ToDictionary(answer => answer.Key, answer => (IReadOnlyCollection<string>)answer.State.StartMessageNames, StringComparer.Ordinal);
        return [.. PublishValidator.Validate(process, new PublishedProcesses(published)).Select(ProcessDiagnostic.From)];
    }

    private async Task<(string Key, PublishedStartMessages State)> AskAsync(string key) =>
        (key, await GrainFactory.GetGrain<IProcessDefinitionGrain>(key).GetPublishedStartMessagesAsync().ConfigureAwait(true));

    Task<PublishedStartMessages> IProcessDefinitionGrain.GetPublishedStartMessagesAsync()
    {
        if (Versions.LastOrDefault(v => v.Status == ProcessVersionStatus.Published) is not { } latest)
        {
            return Task.FromResult(PublishedStartMessages.NotPublished);
        }

        if (_publishedStartMessages is not { } cached || cached.Version != latest.Version)
        {
            cached = (latest.Version, StartMessageNamesOf(latest));
            _publishedStartMessages = cached;
        }

        return Task.FromResult(new PublishedStartMessages(latest.Version, cached.Names));
    }

    // A published version that no longer parses starts nothing by message, so it holds no name.
    private ImmutableArray<string> StartMessageNamesOf(ProcessVersionRecord record)
    {
        var parsed = BpmnParser.Parse(record.Xml, ProcessParsing.Options);
        var process = parsed.HasErrors
            ? null
            : parsed.Definitions?.ExecutableProcesses.FirstOrDefault(p => string.Equals(p.Key, Key, StringComparison.Ordinal));
        return process is null ? [] : [.. PublishValidator.StartMessageNames(process)];
    }
}
