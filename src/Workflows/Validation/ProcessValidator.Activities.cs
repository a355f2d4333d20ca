using System.Globalization;
using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Validation;

internal sealed partial class ProcessValidator
{
    private static readonly HashSet<string> CallBindings = new(StringComparer.Ordinal) { "latest", "version", "versionTag", "deployment" };

    private void ValidateActivity(Activity activity)
    {
        ValidateDefaultFlow(activity, activity.DefaultFlowId);
        if (activity.MultiInstance is { } multiInstance)
        {
            ValidateMultiInstance(multiInstance, activity);
        }

        switch (activity)
        {
            case UserTask userTask:
                ValidateUserTask(userTask);
                break;
            case ServiceTask serviceTask:
                ValidateServiceTask(serviceTask);
                break;
            case ScriptTask scriptTask:
                CheckVariableName(scriptTask.ResultVariable, "camunda:resultVariable", scriptTask);
                break;
            case ReceiveTask receiveTask:
                ValidateMessageRef(receiveTask.MessageRef, receiveTask);
                break;
            case CallActivity callActivity:
                ValidateCallActivity(callActivity);
                break;
        }
    }

    private void ValidateUserTask(UserTask task)
    {
        if (IsLiteral(task.Priority) && !(TryInteger(task.Priority, out var priority) && priority is >= 0 and <= 100))
        {
            Report(DiagnosticCodes.InvalidLiteralValue, $"camunda:priority {Q(task.Priority)} must be an integer from 0 to 100.", task);
        }

        if (IsLiteral(task.CandidateGroups))
        {
            foreach (var role in task.CandidateGroups!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!options.KnownRoles.Contains(role))
                {
                    Report(DiagnosticCodes.UnknownRole, $"camunda:candidateGroups names unknown role {Q(role)}.", task);
                }
            }
        }

        CheckTaskDate(task.DueDate, "camunda:dueDate", task);
        CheckTaskDate(task.FollowUpDate, "camunda:followUpDate", task);
        ValidateForm(task.Form, task);
        foreach (var listener in task.TaskListeners)
        {
            ValidateTaskListener(listener, task);
        }
    }

    /// <summary>A literal due or follow-up date is an ISO 8601 date-time or duration (BPMN307).</summary>
    private void CheckTaskDate(string? value, string attribute, UserTask task)
    {
        if (!IsLiteral(value))
        {
            return;
        }

        var text = value!.Trim();
        if (!IsoTimerParser.TryParseDate(text, out _) && !IsoTimerParser.TryParseDuration(text, out _))
        {
            Report(DiagnosticCodes.InvalidLiteralValue, $"{attribute} {Q(value)} must be an ISO 8601 date-time or duration.", task);
        }
    }

    private void ValidateTaskListener(TaskListener listener, UserTask task)
    {
        if (!TaskListenerEvents.All.Contains(listener.Event))
        {
            Report(DiagnosticCodes.UnsupportedExtension, $"Task listener event {Q(listener.Event)} is not supported; use create, assignment, update, complete, delete or timeout.", task, listener.Position);
        }

        if ((listener.Script is null) == (listener.HandlerName is null))
        {
            Report(DiagnosticCodes.UnsupportedExtension, "A task listener needs either an inline JavaScript script or a registered handler (class or delegateExpression).", task, listener.Position);
        }

        if (listener.HandlerName is { } handler && !options.RegisteredListeners.Contains(handler))
        {
            Report(DiagnosticCodes.UnregisteredHandler, $"Task listener handler {Q(handler)} is not registered.", task, listener.Position);
        }

        if (listener.Event == TaskListenerEvents.Timeout)
        {
            if (string.IsNullOrEmpty(listener.Id))
            {
                Report(DiagnosticCodes.UnsupportedExtension, "A timeout listener needs an id.", task, listener.Position);
            }

            if (listener.Timeout is null)
            {
                Report(DiagnosticCodes.InvalidTimer, "A timeout listener needs a timerEventDefinition.", task, listener.Position);
            }

            ValidateTimer(listener.Timeout, task, listener.Position, allowCycle: true);
        }
        else if (listener.Timeout is not null)
        {
            Report(DiagnosticCodes.UnsupportedExtension, "Only timeout listeners have a timer.", task, listener.Position);
        }
    }

    private void ValidateServiceTask(ServiceTask task)
    {
        if (task.Topic is { } topic && topic.StartsWith("caseflow.", StringComparison.Ordinal) && !options.RegisteredHandlers.Contains(topic))
        {
            Report(DiagnosticCodes.UnregisteredHandler, $"Topic {Q(topic)} has no registered handler.", task);
        }

        if (IsLiteral(task.TaskPriority) && !TryInteger(task.TaskPriority, out _))
        {
            Report(DiagnosticCodes.InvalidLiteralValue, $"camunda:taskPriority {Q(task.TaskPriority)} must be an integer.", task);
        }
    }

    private void ValidateCallActivity(CallActivity call)
    {
        if (string.IsNullOrWhiteSpace(call.CalledElement))
        {
            Report(DiagnosticCodes.InvalidCallActivity, "A call activity needs a calledElement.", call);
        }

        var binding = call.Binding ?? "latest";
        if (!CallBindings.Contains(binding))
        {
            Report(DiagnosticCodes.InvalidCallActivity, $"camunda:calledElementBinding {Q(binding)} must be latest, version, versionTag or deployment.", call);
        }
        else if (binding == "version" && string.IsNullOrWhiteSpace(call.Version))
        {
            Report(DiagnosticCodes.InvalidCallActivity, "The version binding needs camunda:calledElementVersion.", call);
        }
        else if (binding == "versionTag" && string.IsNullOrWhiteSpace(call.VersionTag))
        {
            Report(DiagnosticCodes.InvalidCallActivity, "The versionTag binding needs camunda:calledElementVersionTag.", call);
        }

        if (IsLiteral(call.Version) && !(TryInteger(call.Version, out var version) && version >= 1))
        {
            Report(DiagnosticCodes.InvalidLiteralValue, $"camunda:calledElementVersion {Q(call.Version)} must be a version number (1, 2, …).", call);
        }

        foreach (var mapping in call.Inputs.Concat(call.Outputs))
        {
            var copiesOne = (mapping.Source is not null || mapping.SourceExpression is not null) && mapping.Target is not null;
            if (!copiesOne && !mapping.AllVariables && mapping.BusinessKey is null)
            {
                Report(DiagnosticCodes.InvalidCallActivity, "A camunda:in or camunda:out needs source or sourceExpression with target, variables=\"all\", or businessKey.", call, mapping.Position);
            }

            if (mapping.Target is not null)
            {
                CheckVariableName(mapping.Target, "target", call, mapping.Position);
            }
        }
    }

    /// <summary>R48–R50: exactly one of cardinality and collection; element variable only with a collection (BPMN502).</summary>
    private void ValidateMultiInstance(MultiInstanceCharacteristics multiInstance, Activity activity)
    {
        var hasCardinality = multiInstance.LoopCardinality is not null;
        var hasCollection = !string.IsNullOrWhiteSpace(multiInstance.Collection);
        if (hasCardinality == hasCollection)
        {
            Report(DiagnosticCodes.InvalidMultiInstance, "Multi-instance needs exactly one of loopCardinality and camunda:collection.", activity, multiInstance.Position);
        }

        if (multiInstance.ElementVariable is not null && !hasCollection)
        {
            Report(DiagnosticCodes.InvalidMultiInstance, "camunda:elementVariable needs a camunda:collection.", activity, multiInstance.Position);
        }

        if (IsLiteral(multiInstance.LoopCardinality) && !(TryInteger(multiInstance.LoopCardinality, out var cardinality) && cardinality >= 0))
        {
            Report(DiagnosticCodes.InvalidMultiInstance, $"loopCardinality {Q(multiInstance.LoopCardinality)} must be a non-negative integer or an expression.", activity, multiInstance.Position);
        }

        if (hasCollection && IsLiteral(multiInstance.Collection) && VariableNames.Problem(multiInstance.Collection!.Trim()) is { } problem)
        {
            Report(DiagnosticCodes.InvalidMultiInstance, $"camunda:collection {Q(multiInstance.Collection)} must be an expression or a variable name: {problem}.", activity, multiInstance.Position);
        }

        if (multiInstance.ElementVariable is not null)
        {
            CheckVariableName(multiInstance.ElementVariable, "camunda:elementVariable", activity, multiInstance.Position);
        }
    }

    private static bool IsLiteral(string? value) => value is not null && !ExpressionText.ContainsExpression(value);

    private static bool TryInteger(string? value, out long result) =>
        long.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
}
