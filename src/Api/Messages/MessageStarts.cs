using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Processes;
using CaseFlow.Workflows.Parsing;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Api.Messages;

/// <summary>Finds the published process a message starts (R54): the latest published version with a message start of that name.</summary>
/// <remarks>BPMN601 keeps a start message name to one key among the latest published versions, so the first match is the
/// only one. Models come from the node's cache; a version not yet cached is parsed once from its stored XML.</remarks>
internal static class MessageStarts
{
    public static async Task<(string Key, int Version, string StartEventId)?> FindAsync(string messageName, MessageServices services, CancellationToken cancellationToken)
    {
        foreach (var summary in await services.Processes.ListAsync(cancellationToken))
        {
            if (summary.PublishedVersion is not { } version)
            {
                continue;
            }

            var model = services.Models.Find(summary.Key, version);
            if (model is null)
            {
                var stored = await services.Grains.GetGrain<IProcessDefinitionGrain>(summary.Key).GetXmlAsync(version);
                var parsed = stored.Xml is { } xml ? BpmnParser.Parse(xml, ProcessParsing.Options) : null;
                model = parsed is { HasErrors: false }
                    ? parsed.Definitions?.ExecutableProcesses.FirstOrDefault(p => string.Equals(p.Key, summary.Key, StringComparison.Ordinal))
                    : null;
                if (model is null)
                {
                    continue;
                }

                services.Models.Add(summary.Key, version, model);
            }

            foreach (var (start, name) in PublishValidator.StartMessages(model))
            {
                if (string.Equals(name, messageName, StringComparison.Ordinal))
                {
                    return (summary.Key, version, start.Id);
                }
            }
        }

        return null;
    }
}
