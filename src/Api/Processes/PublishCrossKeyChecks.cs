using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Processes;
using CaseFlow.Workflows.Parsing;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Api.Processes;

/// <summary>Gathers the other keys' published state and runs the cross-key checks of R81 (BPMN601, BPMN602).</summary>
/// <remarks>
/// The published keys come from the read model, so a key published a moment ago on another node may be missed
/// (projection lag); publishing is a rare operator action and the window is short. The start message names are
/// read from the XML of each latest published version, and only when the version being published has message
/// starts, so an ordinary publish costs one list query.
/// </remarks>
internal static class PublishCrossKeyChecks
{
    /// <summary>The diagnostics for publishing <paramref name="version"/> of <paramref name="key"/>; empty when the grain will refuse anyway.</summary>
    public static async Task<ImmutableArray<ProcessDiagnostic>> RunAsync(
        string key, int version, ProcessServices services, CancellationToken cancellationToken)
    {
        var own = await services.Grains.GetGrain<IProcessDefinitionGrain>(key).GetXmlAsync(version);
        if (own.Xml is not { } xml)
        {
            return [];
        }

        // A version that no longer parses is refused by the grain's own re-validation with its full diagnostics.
        var parsed = BpmnParser.Parse(xml, ProcessParsing.Options);
        var process = parsed.Definitions?.ExecutableProcesses.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.Ordinal));
        if (parsed.HasErrors || process is null)
        {
            return [];
        }

        var withStartMessages = PublishValidator.StartMessageNames(process).Count > 0;
        var published = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var summary in await services.Queries.ListAsync(cancellationToken))
        {
            if (summary.PublishedVersion is { } latest && !string.Equals(summary.Key, key, StringComparison.Ordinal))
            {
                published[summary.Key] = withStartMessages ? await StartMessageNamesAsync(summary.Key, latest, services) : [];
            }
        }

        return [.. PublishValidator.Validate(process, new PublishedProcesses(published)).Select(ProcessDiagnostic.From)];
    }

    private static async Task<IReadOnlyCollection<string>> StartMessageNamesAsync(string key, int version, ProcessServices services)
    {
        var stored = await services.Grains.GetGrain<IProcessDefinitionGrain>(key).GetXmlAsync(version);
        var process = stored.Xml is { } xml
            ? BpmnParser.Parse(xml, ProcessParsing.Options).Definitions?.ExecutableProcesses.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.Ordinal))
            : null;
        return process is null ? [] : PublishValidator.StartMessageNames(process);
    }
}
