using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Grains.Instances.Listeners;

/// <summary><c>caseflow.remind</c>: reminds the task's workers (assignee, else its candidate groups) through their inbox.</summary>
/// <remarks>
/// Meant for timeout listeners (a reminder after three days, then daily), but any event may use it. It only asks the
/// instance to record a <c>listenerReminder</c> history entry; the notification rules deliver it, with the task and
/// process names and nothing about the person.
/// </remarks>
public sealed class RemindListenerHandler : ITaskListenerHandler
{
    public const string HandlerName = "caseflow.remind";

    public string Name => HandlerName;

    public Task<TaskListenerOutcome> HandleAsync(TaskListenerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(new TaskListenerOutcome(InstanceHistoryKinds.ListenerReminder, context.ListenerId));
    }
}
