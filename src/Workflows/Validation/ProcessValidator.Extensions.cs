using System.Text.RegularExpressions;
using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Validation;

internal sealed partial class ProcessValidator
{
    /// <summary>Where input and output parameters are allowed (§2 camunda:inputOutput, BPMN504) and their names (BPMN505).</summary>
    private void ValidateMappings(FlowNode node)
    {
        var mapping = node.InputOutput;
        if (mapping.IsEmpty)
        {
            return;
        }

        if (node is StartEvent or BoundaryEvent or Gateway)
        {
            Report(DiagnosticCodes.MappingNotAllowed, $"A {node.ElementType} cannot have input or output parameters.", node);
        }
        else if (node is IntermediateCatchEvent && mapping.Inputs.Count > 0)
        {
            Report(DiagnosticCodes.MappingNotAllowed, "A catch event can only have output parameters.", node);
        }
        else if (node is IntermediateThrowEvent or EndEvent && mapping.Outputs.Count > 0)
        {
            Report(DiagnosticCodes.MappingNotAllowed, $"A {node.ElementType} can only have input parameters.", node);
        }

        foreach (var parameter in mapping.Inputs.Concat(mapping.Outputs))
        {
            CheckVariableName(parameter.Name, "parameter", node, parameter.Position);
        }
    }

    private void CheckVariableName(string? name, string what, FlowNode node, SourcePosition position = default)
    {
        if (name is not null && VariableNames.Problem(name) is { } problem)
        {
            Report(DiagnosticCodes.InvalidVariableName, $"{what} {Q(name)} is not a valid variable name: {problem}.", node, position);
        }
    }

    /// <summary>Reserved <c>caseflow.</c> property keys (§2.1, BPMN207).</summary>
    private void ValidateReservedProperties(FlowNode node)
    {
        var isMultiInstance = node is Activity { MultiInstance: not null };
        CheckProperties(node.Properties, node.Id, node.ElementType, node.Position, name => name switch
        {
            "caseflow.return" => node is UserTask,
            "caseflow.outputCollection" or "caseflow.outputElement" => isMultiInstance,
            _ => node is UserTask && name.StartsWith("caseflow.sla.", StringComparison.Ordinal),
        });

        if (isMultiInstance && node.Property("caseflow.outputCollection") is { } collection)
        {
            CheckVariableName(collection, "caseflow.outputCollection", node);
        }

        if (node.Property("caseflow.return") is { } targets && !string.Equals(targets.Trim(), "none", StringComparison.Ordinal))
        {
            foreach (var target in targets.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (process.FindNode(target) is not UserTask)
                {
                    Report(DiagnosticCodes.UnresolvedReference, $"caseflow.return names {Q(target)}, which is not a user task of this process.", node);
                }
            }
        }
    }

    private void CheckProperties(ValueList<ExtensionProperty> properties, string id, string elementType, SourcePosition position, Func<string, bool> allowed)
    {
        foreach (var property in properties)
        {
            if (property.Name.StartsWith("caseflow.", StringComparison.Ordinal) && !allowed(property.Name))
            {
                diagnostics.Add(DiagnosticCodes.UnknownReservedProperty, $"Property {Q(property.Name)} is not a known caseflow. key for a {elementType}.", id, elementType, position);
            }
        }
    }

    /// <summary>R63: <c>Rn/&lt;duration&gt;</c> or a comma list of durations (BPMN307); an info where nothing retries.</summary>
    private void ValidateRetryCycle(FlowNode node)
    {
        if (node.FailedJobRetryTimeCycle is not { } cycle)
        {
            return;
        }

        var retries = node is ServiceTask
            || node.Async.Before
            || node.Async.After
            || (node is UserTask userTask && userTask.TaskListeners.Any(listener => listener.HandlerName is not null));
        if (!retries)
        {
            Report(DiagnosticCodes.AcceptedWithoutEffect, "camunda:failedJobRetryTimeCycle has no effect here: nothing on this element is retried.", node);
        }

        if (!IsLiteral(cycle))
        {
            return;
        }

        var text = cycle.Trim();
        var valid = RepeatedRetry().Match(text) is { Success: true } match
            ? IsoTimerParser.TryParseDuration(match.Groups["interval"].Value, out _)
            : text.Split(',').All(part => IsoTimerParser.TryParseDuration(part.Trim(), out _));
        if (!valid)
        {
            Report(DiagnosticCodes.InvalidLiteralValue, $"camunda:failedJobRetryTimeCycle {Q(cycle)} must be Rn/<duration> (n ≥ 1) or a comma list of durations.", node);
        }
    }

    [GeneratedRegex(@"^R(?<count>[1-9][0-9]*)/(?<interval>P.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedRetry();
}
