using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>R41b: a job ends with a BPMN error; no attempt is used, the search starts at the task's own boundaries.</summary>
    /// <remarks>
    /// Uncaught, the job is kept as exhausted and the token parks in <c>UnhandledError</c> on the job operation, so an
    /// operator retry offers the job again (R71) instead of re-creating the task.
    /// </remarks>
    private EngineRejection? ThrowJobError(ThrowJobError command)
    {
        if (FindOfferedJob(command.JobId) is not { } job || FindElement(job.ElementInstanceId) is not { } element)
        {
            return new(RejectionCodes.JobNotActive, $"Job '{command.JobId}' is not active.");
        }

        if (string.IsNullOrWhiteSpace(command.ErrorCode))
        {
            return new(RejectionCodes.VariableInvalid, "errorCode: a BPMN error needs a code.");
        }

        if (command.Variables is { } variables)
        {
            if (VariableRules.Problem(variables) is { } problem)
            {
                return new(RejectionCodes.VariableInvalid, problem);
            }

            foreach (var (name, value) in variables)
            {
                WriteVariable(element.Id, name, value);
            }
        }

        _jobs.Remove(job);
        if (ThrowError(FindElement(element.Id)!, includeSelf: true, command.ErrorCode, command.ErrorMessage))
        {
            return null;
        }

        _jobs.Add(job with { State = JobState.Exhausted, LastError = command.ErrorMessage });
        RaiseUnhandledError(FindElement(element.Id)!, command.ErrorCode, command.ErrorMessage, FailedOperation.Job);
        return null;
    }

    /// <summary>R60: "raise error" on a user task; an uncaught error is refused and the task stays open (R42).</summary>
    private EngineRejection? RaiseTaskError(RaiseTaskError command)
    {
        if (FindOpenTaskElement(command.TaskId) is not { } element)
        {
            return new(RejectionCodes.TaskNotActive, $"Task '{command.TaskId}' is not active.");
        }

        if (string.IsNullOrWhiteSpace(command.ErrorCode) || FindCatcher(element, includeSelf: true, EventDefinitionKind.Error, command.ErrorCode) is null)
        {
            return new(RejectionCodes.ErrorNotCaught, $"No error boundary catches '{command.ErrorCode}' for task '{command.TaskId}'; the task stays open.");
        }

        ThrowError(element, includeSelf: true, command.ErrorCode, command.ErrorMessage);
        return null;
    }

    /// <summary>R60: "escalate" on a user task; the task stays open unless an interrupting boundary catches it.</summary>
    private EngineRejection? EscalateTask(EscalateTask command)
    {
        if (FindOpenTaskElement(command.TaskId) is not { } element)
        {
            return new(RejectionCodes.TaskNotActive, $"Task '{command.TaskId}' is not active.");
        }

        if (string.IsNullOrWhiteSpace(command.EscalationCode))
        {
            return new(RejectionCodes.VariableInvalid, "escalationCode: an escalation needs a code.");
        }

        Escalate(element, includeSelf: true, command.EscalationCode);
        return null;
    }

    private ElementInstance? FindOpenTaskElement(string taskId) =>
        _tasks.Find(candidate => string.Equals(candidate.TaskId, taskId, StringComparison.Ordinal)) is { } task
        && FindElement(task.ElementInstanceId) is { State: ElementInstanceState.Waiting } element
            ? element
            : null;
}
