using System.Globalization;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>R62: an external service task offers a job on its topic, attempt 1 of the retry cycle's count.</summary>
    private bool CreateJob(ElementInstance element, ServiceTask serviceTask)
    {
        if (serviceTask.Topic is not { Length: > 0 } topic)
        {
            Unsupported(element, "service tasks other than camunda:type=\"external\" with a topic");
            return false;
        }

        if (RetryCycleOf(element, serviceTask) is not { } cycle)
        {
            return false;
        }

        var job = new JobInstance(NextId("j"), element.Id, serviceTask.Id, topic, 1, cycle.Attempts, JobState.Offered, null);
        _jobs.Add(job);
        Emit(new JobCreated(job.JobId, job.ElementId, topic, job.Attempt, IdempotencyKey(job)));
        return true;
    }

    private RetryCycle? RetryCycleOf(ElementInstance element, FlowNode node)
    {
        var text = node.FailedJobRetryTimeCycle;
        if (text is not null && Workflows.Expressions.ExpressionText.ContainsExpression(text))
        {
            if (EvaluateAttribute(element, "camunda:failedJobRetryTimeCycle", text, FailedOperation.Activate) is not { } result)
            {
                return null;
            }

            text = result.AsText();
        }

        if (RetryCycle.Parse(text) is { } cycle)
        {
            return cycle;
        }

        RaiseIncident(element, IncidentTypes.ExpressionError, $"Attribute 'camunda:failedJobRetryTimeCycle' of '{node.Id}' is not Rn/<duration> or a list of durations.", FailedOperation.Activate);
        return null;
    }

    /// <summary>R63: a failure uses one attempt; with attempts left the job waits a durable timer, else the token parks.</summary>
    private void JobFailed(JobInstance job, ElementInstance element, FailJob command)
    {
        var attemptsLeft = command.Retries ?? job.AttemptsLeft - 1;
        _jobs.Remove(job);
        if (attemptsLeft <= 0)
        {
            _jobs.Add(job with { AttemptsLeft = 0, State = JobState.Exhausted, LastError = command.ErrorMessage, LockOwner = null, LockExpiresAt = null });
            RaiseIncident(element, IncidentTypes.ServiceRetriesExhausted, $"Job '{job.JobId}' on topic '{job.Topic}' failed after its last attempt: {command.ErrorMessage}", FailedOperation.Job);
            return;
        }

        var node = _model.GetNode(job.ElementId);
        var cycle = RetryCycle.Parse(node.FailedJobRetryTimeCycle) ?? RetryCycle.Default;
        var dueAt = command.RetryTimeout is { } timeout ? _now + timeout : TimerSchedule.Add(_now, cycle.WaitAfter(job.Attempt), _options.TimeZone);
        _jobs.Add(job with { AttemptsLeft = attemptsLeft, State = JobState.WaitingRetry, LastError = command.ErrorMessage, LockOwner = null, LockExpiresAt = null });
        ScheduleTimer(TimerKind.JobRetry, element.Id, job.ElementId, new PlannedTimer(dueAt, null, null), job.JobId);
    }

    /// <summary>The retry timer fired: the job is offered again as the next attempt.</summary>
    private void OfferAgain(string jobId)
    {
        var index = _jobs.FindIndex(job => string.Equals(job.JobId, jobId, StringComparison.Ordinal));
        if (index < 0 || _jobs[index].State != JobState.WaitingRetry)
        {
            return;
        }

        var job = _jobs[index] with { Attempt = _jobs[index].Attempt + 1, State = JobState.Offered };
        _jobs[index] = job;
        Emit(new JobCreated(job.JobId, job.ElementId, job.Topic, job.Attempt, IdempotencyKey(job)));
    }

    /// <summary>R63/R71: an operator retry grants attempts and re-offers at once.</summary>
    private void RetryJob(ElementInstance element, int retries)
    {
        var index = _jobs.FindIndex(job => string.Equals(job.ElementInstanceId, element.Id, StringComparison.Ordinal));
        if (index < 0)
        {
            _queue.Enqueue(new WorkItem(WorkKind.Activate, element.Id));
            return;
        }

        Replace(element with { State = ElementInstanceState.Waiting });

        var job = _jobs[index] with { Attempt = _jobs[index].Attempt + 1, AttemptsLeft = Math.Max(1, retries), State = JobState.Offered, LockOwner = null, LockExpiresAt = null };
        _jobs[index] = job;
        Emit(new JobCreated(job.JobId, job.ElementId, job.Topic, job.Attempt, IdempotencyKey(job)));
    }

    private string IdempotencyKey(JobInstance job) =>
        $"{InstanceId}:{job.ElementInstanceId}:{job.Attempt.ToString(CultureInfo.InvariantCulture)}";
}
