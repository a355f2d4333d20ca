using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

internal sealed partial class ProcessValidator
{
    /// <summary>Every expression and script of the process is parsed at deploy (R75, BPMN301).</summary>
    private void ValidateExpressions()
    {
        foreach (var flow in process.AllFlows)
        {
            if (flow.Condition is { } condition)
            {
                CheckValue(condition.Text, "condition", flow.Id, "sequenceFlow", condition.Position, mustBeSingle: true);
            }
        }

        foreach (var node in process.AllNodes)
        {
            CheckNodeExpressions(node);
        }
    }

    private void CheckNodeExpressions(FlowNode node)
    {
        void Value(string? value, string attribute, bool mustBeSingle = false, SourcePosition position = default) =>
            CheckValue(value, attribute, node.Id, node.ElementType, position == SourcePosition.None ? node.Position : position, mustBeSingle);

        Value(node.FailedJobRetryTimeCycle, "camunda:failedJobRetryTimeCycle");
        foreach (var parameter in node.InputOutput.Inputs.Concat(node.InputOutput.Outputs))
        {
            CheckParameter(parameter.Value, $"parameter {Q(parameter.Name)}", node, parameter.Position);
        }

        if (node is EventNode eventNode)
        {
            CheckEventExpressions(eventNode, Value);
        }

        if (node is Activity { MultiInstance: { } multiInstance })
        {
            if (ExpressionText.ContainsExpression(multiInstance.Collection))
            {
                Value(multiInstance.Collection, "camunda:collection", mustBeSingle: true, multiInstance.Position);
            }

            Value(multiInstance.LoopCardinality, "loopCardinality", mustBeSingle: ExpressionText.ContainsExpression(multiInstance.LoopCardinality), multiInstance.Position);
            Value(multiInstance.CompletionCondition, "completionCondition", mustBeSingle: true, multiInstance.Position);
            Value(node.Property("caseflow.outputElement"), "caseflow.outputElement");
        }

        switch (node)
        {
            case UserTask task:
                Value(task.Assignee, "camunda:assignee");
                Value(task.CandidateUsers, "camunda:candidateUsers");
                Value(task.CandidateGroups, "camunda:candidateGroups");
                Value(task.DueDate, "camunda:dueDate");
                Value(task.FollowUpDate, "camunda:followUpDate");
                Value(task.Priority, "camunda:priority");
                CheckFormExpressions(task.Form, Value);
                foreach (var listener in task.TaskListeners)
                {
                    CheckScript(listener.Script, ScriptKind.TaskListener, $"{listener.Event} listener", node);
                    Value(listener.Timeout?.Text, $"{listener.Event} listener timer", mustBeSingle: listener.Timeout?.IsExpression ?? false, listener.Position);
                    foreach (var field in listener.Fields.Where(field => field.IsExpression))
                    {
                        Value(field.Value, $"listener field {Q(field.Name)}", position: listener.Position);
                    }
                }

                break;
            case ServiceTask service:
                Value(service.TaskPriority, "camunda:taskPriority");
                break;
            case ScriptTask script:
                CheckScript(script.Script, ScriptKind.Task, "script", node);
                break;
            case ReceiveTask receive:
                Value(process.FindMessage(receive.MessageRef)?.Name, "message name");
                break;
            case CallActivity call:
                Value(call.CalledElement, "calledElement");
                Value(call.Version, "camunda:calledElementVersion");
                foreach (var mapping in call.Inputs.Concat(call.Outputs))
                {
                    Value(mapping.SourceExpression, "sourceExpression", position: mapping.Position);
                    Value(mapping.BusinessKey, "businessKey", position: mapping.Position);
                }

                break;
        }
    }

    private void CheckEventExpressions(EventNode node, Action<string?, string, bool, SourcePosition> value)
    {
        switch (node.Definition)
        {
            case TimerEventDefinition { Timer: { IsExpression: true } timer }:
                value(timer.Text, "timer", true, timer.Position);
                break;
            case MessageEventDefinition message when node is not StartEvent:
                value(process.FindMessage(message.MessageRef)?.Name, "message name", false, message.Position);
                break;
            case EscalationEventDefinition escalation when node is EndEvent or IntermediateThrowEvent:
                value(process.FindEscalation(escalation.EscalationRef)?.EscalationCode, "escalationCode", false, escalation.Position);
                break;
        }

        if (node is StartEvent start)
        {
            CheckFormExpressions(start.Form, value);
        }
    }

    private static void CheckFormExpressions(FormDefinition form, Action<string?, string, bool, SourcePosition> value)
    {
        value(form.FormRef, "camunda:formRef", false, default);
        foreach (var field in form.FormData?.Fields ?? ValueList<FormField>.Empty)
        {
            value(field.DefaultValue, $"defaultValue of field {Q(field.Id)}", false, field.Position);
        }
    }

    private void CheckParameter(ParameterValue value, string attribute, FlowNode node, SourcePosition position)
    {
        switch (value)
        {
            case TextParameterValue text:
                CheckValue(text.Text, attribute, node.Id, node.ElementType, position, mustBeSingle: false);
                break;
            case ListParameterValue list:
                foreach (var item in list.Items)
                {
                    CheckParameter(item, attribute, node, position);
                }

                break;
            case MapParameterValue map:
                foreach (var entry in map.Entries)
                {
                    CheckParameter(entry.Value, attribute, node, position);
                }

                break;
            case ScriptParameterValue script:
                CheckScript(script.Script, ScriptKind.Task, attribute, node);
                break;
        }
    }

    /// <summary>Checks an attribute value; literals are fine unless the attribute must be one expression.</summary>
    private void CheckValue(string? value, string attribute, string elementId, string elementType, SourcePosition position, bool mustBeSingle)
    {
        if (value is null)
        {
            return;
        }

        if (mustBeSingle && !ExpressionText.IsSingleExpression(value))
        {
            diagnostics.Add(DiagnosticCodes.InvalidExpression, $"The {attribute} must be exactly one ${{…}} expression, not {Q(value)}.", elementId, elementType, position);
            return;
        }

        if (!ExpressionText.ContainsExpression(value))
        {
            return;
        }

        var leading = value.Length - value.TrimStart().Length;
        foreach (var issue in ExpressionSyntaxChecker.CheckValue(value.Trim()))
        {
            diagnostics.Add(DiagnosticCodes.InvalidExpression, $"Expression in {attribute}: {issue.Message} (offset {issue.Offset + leading}).", elementId, elementType, position);
        }
    }

    private void CheckScript(ScriptSource? script, ScriptKind kind, string what, FlowNode node)
    {
        if (script is not null && ExpressionSyntaxChecker.CheckScript(script.Text, kind) is { } issue)
        {
            Report(DiagnosticCodes.InvalidExpression, $"The {what} is not valid JavaScript: {issue.Message} (offset {issue.Offset}).", node, script.Position);
        }
    }
}
