using CaseFlow.Api.Processes;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Api.Messages;

/// <summary>Finds the published process a message starts (R54): the latest published version with a message start of that name.</summary>
/// <remarks>BPMN601 keeps a start message name to one key among the latest published versions, so the first match is the
/// only one.</remarks>
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

            if (await PublishedModels.LoadAsync(services.Grains, services.Models, summary.Key, version) is not { } model)
            {
                continue;
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
