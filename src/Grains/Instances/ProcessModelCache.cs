using System.Collections.Concurrent;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Grains.Instances;

/// <summary>Parsed process models shared by every instance on the node, keyed by process key and version.</summary>
/// <remarks>
/// A deployed version never changes (R80) and models are immutable, so one parse can serve every instance of a
/// version. Without it each activation fetched the XML from the definition grain and parsed it again: the timer
/// benchmark measured that as most of an instance's start cost and of its memory (docs/benchmarks.md). The number
/// of versions on a node is small; the cap only guards against a runaway deploy loop.
/// </remarks>
public sealed class ProcessModelCache
{
    private const int Capacity = 1_000;
    private readonly ConcurrentDictionary<(string Key, int Version), ProcessModel> _models = new();

    public ProcessModel? Find(string processKey, int version) =>
        _models.TryGetValue((processKey, version), out var model) ? model : null;

    public void Add(string processKey, int version, ProcessModel model)
    {
        if (_models.Count >= Capacity)
        {
            _models.Clear();
        }

        _models.TryAdd((processKey, version), model);
    }
}
