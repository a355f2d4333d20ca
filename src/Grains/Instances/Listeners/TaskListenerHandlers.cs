namespace CaseFlow.Grains.Instances.Listeners;

/// <summary>The registered task listener handlers by name.</summary>
public sealed class TaskListenerHandlers
{
    private readonly Dictionary<string, ITaskListenerHandler> _byName = new(StringComparer.Ordinal);

    public TaskListenerHandlers(IEnumerable<ITaskListenerHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
        {
            // Two handlers for one name would make which one runs depend on registration order; refuse at start-up.
            if (!handler.Name.StartsWith(ServiceTaskHandlers.InProcessPrefix, StringComparison.Ordinal) || !_byName.TryAdd(handler.Name, handler))
            {
                throw new InvalidOperationException($"Task listener handler '{handler.Name}' is outside '{ServiceTaskHandlers.InProcessPrefix}' or registered twice.");
            }
        }
    }

    /// <summary>The handler registered as <paramref name="name"/>, or null.</summary>
    public ITaskListenerHandler? Find(string name) => _byName.GetValueOrDefault(name);
}
