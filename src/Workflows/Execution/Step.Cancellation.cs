using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>Cancels element instances and everything inside them, deepest first (R26, R39, R72).</summary>
    /// <remarks>
    /// All affected element instances are collected first and then cancelled by descending depth, creation order within
    /// one depth, so effects list inner work (a task inside a subprocess) before its container. Output mappings never
    /// run here (R39).
    /// </remarks>
    private void CancelTree(IReadOnlyList<ElementInstance> roots)
    {
        var affected = new List<ElementInstance>();
        var pending = new Queue<ElementInstance>(roots);
        while (pending.Count > 0)
        {
            var element = pending.Dequeue();
            affected.Add(element);
            foreach (var child in _elements.Where(child => string.Equals(child.ScopeInstanceId, element.Id, StringComparison.Ordinal)))
            {
                pending.Enqueue(child);
            }
        }

        foreach (var element in affected.OrderByDescending(Depth).ThenBy(element => element.Sequence).ToList())
        {
            CancelAttachments(element, cancelTask: true);
            RemoveArrivals(element.Id);
            RemoveElement(element.Id);
        }
    }

    /// <summary>Withdraws what hangs on one element instance: its task, its timers (boundary timers included), its job, message subscriptions and incidents.</summary>
    private void CancelAttachments(ElementInstance element, bool cancelTask)
    {
        if (cancelTask)
        {
            foreach (var task in _tasks.Where(task => Owns(element, task.ElementInstanceId)).ToList())
            {
                RunTaskListeners(task, TaskListenerEvents.Delete);
                _tasks.Remove(task);
                Emit(new TaskCancelled(task.TaskId, task.ElementId));
            }
        }

        foreach (var timer in _timers.Where(timer => Owns(element, timer.ElementInstanceId)).ToList())
        {
            _timers.Remove(timer);
            Emit(new TimerCancelled(timer.TimerId, timer.ElementId));
        }

        foreach (var job in _jobs.Where(job => Owns(element, job.ElementInstanceId)).ToList())
        {
            _jobs.Remove(job);
            Emit(new JobCancelled(job.JobId, job.ElementId));
        }

        CloseSubscriptions(element);
        CancelCalls(element);

        foreach (var incident in _incidents.Where(incident => Owns(element, incident.ElementInstanceId)).ToList())
        {
            _incidents.Remove(incident);
            Emit(new IncidentResolved(incident.IncidentId, "cancelled", null));
        }

        _scopes.RemoveAll(scope => Owns(element, scope.Id));
    }

    private static bool Owns(ElementInstance element, string elementInstanceId) =>
        string.Equals(element.Id, elementInstanceId, StringComparison.Ordinal);
}
