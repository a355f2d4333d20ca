using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    private EngineRejection? Start(StartInstance command)
    {
        if (_status != InstanceStatus.Created)
        {
            return new(RejectionCodes.InstanceAlreadyStarted, "The instance has already been started.");
        }

        var start = command.StartEventId is { } startEventId
            ? _model.NodesInScope(null).OfType<StartEvent>().FirstOrDefault(s => string.Equals(s.Id, startEventId, StringComparison.Ordinal))
            : _model.NoneStartEvent();
        if (start is null)
        {
            return new(RejectionCodes.ProcessMismatch, command.StartEventId is null
                ? $"Process '{_model.Key}' has no none start event."
                : $"Process '{_model.Key}' has no top-level start event '{command.StartEventId}'.");
        }

        var variables = command.Variables ?? ImmutableSortedDictionary<string, JsonElement>.Empty;
        if (VariableRules.Problem(variables) is { } problem)
        {
            return new(RejectionCodes.VariableInvalid, problem);
        }

        // R24: variables and the initiator are on the root scope before the first token leaves.
        var rootVariables = variables.WithComparers(StringComparer.Ordinal);
        if (start.Initiator is { Length: > 0 } initiatorVariable && command.Initiator is not null)
        {
            rootVariables = rootVariables.SetItem(initiatorVariable, JsonSerializer.SerializeToElement(command.Initiator));
        }

        _scopes.Add(new ScopeInstance(InstanceId, null, null, rootVariables));
        _status = InstanceStatus.Active;
        _businessKey = command.BusinessKey;
        _initiator = command.Initiator;
        _startedAt = _now;
        Enter(start, InstanceId);
        return null;
    }

    private EngineRejection? CompleteTask(CompleteTask command)
    {
        var task = _tasks.Find(candidate => string.Equals(candidate.TaskId, command.TaskId, StringComparison.Ordinal));
        if (task is null || FindElement(task.ElementInstanceId) is not { State: ElementInstanceState.Waiting } element)
        {
            return new(RejectionCodes.TaskNotActive, $"Task '{command.TaskId}' is not active.");
        }

        if (command.Variables is { } variables && VariableRules.Problem(variables) is { } problem)
        {
            return new(RejectionCodes.VariableInvalid, problem);
        }

        if (task.Delegation == DelegationState.Pending)
        {
            return new(RejectionCodes.TaskDelegationPending, $"Task '{command.TaskId}' is delegated; the delegate resolves it before it can be completed.");
        }

        // C7's order: the variables are set, then complete listeners run and may still refuse the completion (R58).
        WriteResultVariables(element, command.Variables);
        if (RunTaskListeners(task, TaskListenerEvents.Complete) is { } refused)
        {
            return refused;
        }

        RecordCompletedUserTask(element);
        _tasks.Remove(task);
        Emit(new TaskCompleted(task.TaskId, task.ElementId, command.Actor));
        CompleteActivity(FindElement(element.Id)!);
        return null;
    }

    private EngineRejection? CompleteJob(CompleteJob command)
    {
        if (FindOfferedJob(command.JobId) is not { } job || FindElement(job.ElementInstanceId) is not { } element)
        {
            return new(RejectionCodes.JobNotActive, $"Job '{command.JobId}' is not active.");
        }

        if (command.WorkerId is { } worker && LockProblem(job, worker) is { } lockProblem)
        {
            return lockProblem;
        }

        if (command.Variables is { } variables && VariableRules.Problem(variables) is { } problem)
        {
            return new(RejectionCodes.VariableInvalid, problem);
        }

        _jobs.Remove(job);
        WriteResultVariables(element, command.Variables);
        CompleteActivity(element);
        return null;
    }

    private EngineRejection? FailJob(FailJob command)
    {
        if (FindOfferedJob(command.JobId) is not { } job || FindElement(job.ElementInstanceId) is not { } element)
        {
            return new(RejectionCodes.JobNotActive, $"Job '{command.JobId}' is not active.");
        }

        if (command.WorkerId is { } worker && LockProblem(job, worker) is { } lockProblem)
        {
            return lockProblem;
        }

        JobFailed(job, element, command);
        return null;
    }

    private EngineRejection? RetryIncident(RetryIncident command)
    {
        var incident = _incidents.Find(candidate => string.Equals(candidate.IncidentId, command.IncidentId, StringComparison.Ordinal));
        if (incident is null)
        {
            return new(RejectionCodes.IncidentNotFound, $"Incident '{command.IncidentId}' is not open.");
        }

        if (!incident.Retryable || FindElement(incident.ElementInstanceId) is not { } element)
        {
            return new(RejectionCodes.IncidentNotRetryable, $"Incident '{command.IncidentId}' ({incident.Type}) cannot be retried; modify or cancel the instance.");
        }

        if (command.Variables is { } variables)
        {
            if (VariableRules.Problem(variables) is { } problem)
            {
                return new(RejectionCodes.VariableInvalid, problem);
            }

            // R71: retry variables go to the root scope by default.
            foreach (var (name, value) in variables)
            {
                SetScopeVariable(InstanceId, name, value);
            }
        }

        _incidents.Remove(incident);
        Emit(new IncidentResolved(incident.IncidentId, "retried", command.Actor));
        var resumed = element with { State = ElementInstanceState.Active };
        Replace(resumed);
        switch (incident.Operation)
        {
            case FailedOperation.Activate:
                _queue.Enqueue(new WorkItem(WorkKind.Activate, resumed.Id));
                break;
            case FailedOperation.Complete:
                _queue.Enqueue(new WorkItem(WorkKind.Complete, resumed.Id));
                break;
            case FailedOperation.Job:
                RetryJob(resumed, command.Retries ?? 1);
                break;
            default:
                _queue.Enqueue(new WorkItem(WorkKind.Leave, resumed.Id));
                break;
        }

        return null;
    }

    private EngineRejection? Cancel(CancelInstance command)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return new(RejectionCodes.ReasonRequired, "A reason is required to cancel an instance.");
        }

        CancelTree(_elements.Where(element => string.Equals(element.ScopeInstanceId, InstanceId, StringComparison.Ordinal)).ToList());
        RemoveArrivals(InstanceId);
        _status = InstanceStatus.Cancelled;
        _endedAt = _now;
        _queue.Clear();
        Emit(new InstanceCancelled(InstanceId, command.Reason, command.Actor));
        return null;
    }

    private EngineRejection? Continue(Continue command)
    {
        if (FindElement(command.ElementInstanceId) is not { State: ElementInstanceState.Waiting, Savepoint: SavepointPhase.Before or SavepointPhase.After } element)
        {
            return new(RejectionCodes.ElementNotActive, $"Element instance '{command.ElementInstanceId}' is not waiting at a savepoint.");
        }

        if (element.Savepoint == SavepointPhase.Before)
        {
            Replace(element with { State = ElementInstanceState.Active, Savepoint = SavepointPhase.Passed });
            _queue.Enqueue(new WorkItem(WorkKind.Activate, element.Id));
        }
        else
        {
            // The After phase stays recorded so Proceed does not park again; a Leave incident retry leaves directly.
            Replace(element with { State = ElementInstanceState.Active });
            _queue.Enqueue(new WorkItem(WorkKind.Leave, element.Id));
        }

        return null;
    }

    private JobInstance? FindOfferedJob(string jobId) =>
        _jobs.Find(job => string.Equals(job.JobId, jobId, StringComparison.Ordinal) && job.State == JobState.Offered);

    /// <summary>Writes task or job result variables (R67): local when the element has output parameters, else by scope rule.</summary>
    private void WriteResultVariables(ElementInstance element, ImmutableSortedDictionary<string, JsonElement>? variables)
    {
        if (variables is null)
        {
            return;
        }

        var node = _model.GetNode(element.ElementId);
        foreach (var (name, value) in variables)
        {
            if (node.InputOutput.Outputs.Count > 0)
            {
                element = element with { Variables = element.Variables.SetItem(name, value) };
                Replace(element);
            }
            else
            {
                WriteVariable(element.Id, name, value);
            }
        }
    }
}
