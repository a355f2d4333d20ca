namespace CaseFlow.Grains.Instances;

/// <summary>The in-process handlers by topic; topics without a handler stay open jobs for external workers.</summary>
public sealed class ServiceTaskHandlers
{
    /// <summary>The prefix of topics that run inside the silo.</summary>
    public const string InProcessPrefix = "caseflow.";

    private readonly Dictionary<string, IServiceTaskHandler> _byTopic = new(StringComparer.Ordinal);

    public ServiceTaskHandlers(IEnumerable<IServiceTaskHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
        {
            // Two handlers for one topic would make which one runs depend on registration order; refuse at start-up.
            if (!handler.Topic.StartsWith(InProcessPrefix, StringComparison.Ordinal) || !_byTopic.TryAdd(handler.Topic, handler))
            {
                throw new InvalidOperationException($"Service task handler topic '{handler.Topic}' is outside '{InProcessPrefix}' or registered twice.");
            }
        }
    }

    /// <summary>The handler of <paramref name="topic"/>, or null when external workers serve it.</summary>
    public IServiceTaskHandler? Find(string topic) => _byTopic.GetValueOrDefault(topic);
}
