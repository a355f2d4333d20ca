using System.Collections.Concurrent;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Instances.Listeners;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>
/// Stands in for <c>caseflow.remind</c> in the test silo: records every call, and fails every attempt when the
/// listener's <c>mode</c> field is <c>fail</c>.
/// </summary>
public sealed class ScriptedRemindHandler : ITaskListenerHandler
{
    /// <summary>Every context seen, by instance id.</summary>
    public static ConcurrentDictionary<string, ConcurrentQueue<TaskListenerContext>> Calls { get; } = new(StringComparer.Ordinal);

    public string Name => RemindListenerHandler.HandlerName;

    public Task<TaskListenerOutcome> HandleAsync(TaskListenerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Calls.GetOrAdd(context.InstanceId, _ => new ConcurrentQueue<TaskListenerContext>()).Enqueue(context);
        return context.Fields.GetValueOrDefault("mode") == "fail"
            ? throw new InvalidOperationException("scripted failure")
            : Task.FromResult(new TaskListenerOutcome(InstanceHistoryKinds.ListenerReminder, context.ListenerId));
    }
}
