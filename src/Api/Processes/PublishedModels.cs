using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Processes;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Parsing;

namespace CaseFlow.Api.Processes;

/// <summary>The parsed model of a deployed version, from the node's cache or parsed once from its stored XML.</summary>
public static class PublishedModels
{
    /// <summary>The model of <paramref name="version"/> of <paramref name="key"/>; null when it is not deployed or no longer parses.</summary>
    public static async Task<ProcessModel?> LoadAsync(IGrainFactory grains, ProcessModelCache models, string key, int version)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(models);
        if (models.Find(key, version) is { } cached)
        {
            return cached;
        }

        var stored = await grains.GetGrain<IProcessDefinitionGrain>(key).GetXmlAsync(version);
        var parsed = stored.Xml is { } xml ? BpmnParser.Parse(xml, ProcessParsing.Options) : null;
        var model = parsed is { HasErrors: false }
            ? parsed.Definitions?.ExecutableProcesses.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.Ordinal))
            : null;
        if (model is not null)
        {
            models.Add(key, version, model);
        }

        return model;
    }
}
