using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    private const int DefaultPriority = 50;

    /// <summary>R58: evaluates the task's attributes, then creates it with a fresh id (R59), its timers and listeners.</summary>
    private bool CreateUserTask(ElementInstance element, UserTask userTask)
    {
        string? assignee = null;
        if (userTask.Assignee is { } assigneeText)
        {
            if (EvaluateAttribute(element, "camunda:assignee", assigneeText, FailedOperation.Activate) is not { } result)
            {
                return false;
            }

            assignee = string.IsNullOrWhiteSpace(result.AsText()) ? null : result.AsText()!.Trim();
        }

        if (!EvaluateList(element, "camunda:candidateUsers", userTask.CandidateUsers, out var candidateUsers)
            || !EvaluateList(element, "camunda:candidateGroups", userTask.CandidateGroups, out var candidateGroups)
            || !EvaluateDate(element, "camunda:dueDate", userTask.DueDate, out var dueDate)
            || !EvaluateDate(element, "camunda:followUpDate", userTask.FollowUpDate, out var followUpDate)
            || !EvaluatePriority(element, userTask.Priority, out var priority)
            || PlanTimeoutListeners(element, userTask) is not { } timeouts)
        {
            return false;
        }

        var task = new UserTaskInstance(
            NextId("t"), element.Id, userTask.Id, userTask.Name, assignee, candidateUsers, candidateGroups,
            dueDate, followUpDate, priority, _now);
        _tasks.Add(task);
        Emit(new TaskCreated(task));
        if (dueDate is { } due)
        {
            // The SLA clock: firing emits TaskDue only; no token moves (R58b, R61).
            ScheduleTimer(TimerKind.TaskDue, element.Id, userTask.Id, new PlannedTimer(due, null, null), task.TaskId);
        }

        if (followUpDate is { } followUp)
        {
            ScheduleTimer(TimerKind.TaskFollowUp, element.Id, userTask.Id, new PlannedTimer(followUp, null, null), task.TaskId);
        }

        foreach (var (listener, timer) in timeouts)
        {
            ScheduleTimer(TimerKind.TaskTimeout, element.Id, userTask.Id, timer, task.TaskId, listener.Id);
        }

        RunTaskListeners(task, TaskListenerEvents.Create);
        if (assignee is not null)
        {
            RunTaskListeners(task, TaskListenerEvents.Assignment);
        }

        return true;
    }

    /// <summary>A comma list or an expression giving a comma list or an array of strings; trimmed, no empties or duplicates.</summary>
    private bool EvaluateList(ElementInstance element, string attribute, string? text, out ImmutableList<string> values)
    {
        values = [];
        if (text is null)
        {
            return true;
        }

        if (EvaluateAttribute(element, attribute, text, FailedOperation.Activate) is not { } result)
        {
            return false;
        }

        IEnumerable<string> items = result.Value.ValueKind switch
        {
            JsonValueKind.Array => result.Value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText()),
            JsonValueKind.Null => [],
            _ => (result.AsText() ?? string.Empty).Split(','),
        };
        values = [.. items.Select(item => item.Trim()).Where(item => item.Length > 0).Distinct(StringComparer.Ordinal)];
        return true;
    }

    /// <summary>An ISO date-time (absolute), an ISO duration (from creation), a date-time value, or null (§2).</summary>
    private bool EvaluateDate(ElementInstance element, string attribute, string? text, out DateTimeOffset? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (EvaluateAttribute(element, attribute, text, FailedOperation.Activate) is not { } result)
        {
            return false;
        }

        if (result.Instant is { } instant)
        {
            date = instant;
            return true;
        }

        var value = result.AsText()?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (IsoTimerParser.TryParseDate(value, out var parsedDate))
        {
            date = TimerSchedule.ToInstant(parsedDate, _options.TimeZone);
            return true;
        }

        if (IsoTimerParser.TryParseDuration(value, out var duration))
        {
            date = TimerSchedule.Add(_now, duration, _options.TimeZone);
            return true;
        }

        RaiseIncident(element, IncidentTypes.ExpressionError, $"Attribute '{attribute}' of '{element.ElementId}' is neither an ISO 8601 date-time nor a duration.", FailedOperation.Activate);
        return false;
    }

    private bool EvaluatePriority(ElementInstance element, string? text, out int priority)
    {
        priority = DefaultPriority;
        if (text is null)
        {
            return true;
        }

        if (EvaluateAttribute(element, "camunda:priority", text, FailedOperation.Activate) is not { } result)
        {
            return false;
        }

        var raw = result.AsText();
        if (raw is null)
        {
            return true;
        }

        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 0 and <= 100)
        {
            priority = parsed;
            return true;
        }

        RaiseIncident(element, IncidentTypes.ExpressionError, $"Attribute 'camunda:priority' of '{element.ElementId}' is not an integer from 0 to 100.", FailedOperation.Activate);
        return false;
    }
}
