using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Parsing;

namespace CaseFlow.Workflows.Validation;

/// <summary>The single-process rules; each family lives in its own partial file.</summary>
internal sealed partial class ProcessValidator(ProcessModel process, BpmnParserOptions options, DiagnosticBag diagnostics)
{
    /// <summary>The longest process key (BPMN.md §1.2).</summary>
    private const int MaxKeyLength = 64;

    public void Validate()
    {
        var attributes = process.Attributes;
        if (attributes.Key.Length > MaxKeyLength)
        {
            diagnostics.Add(DiagnosticCodes.InvalidId, $"A process key has at most {MaxKeyLength} characters.", attributes.Key, "process", attributes.Position);
        }

        CheckProperties(attributes.Properties, attributes.Key, "process", attributes.Position, allowed: _ => false);
        ValidateScopes();
        ValidateFlows();
        foreach (var node in process.AllNodes)
        {
            ValidateNode(node);
        }

        ValidateExpressions();
    }

    private void ValidateNode(FlowNode node)
    {
        ValidateMappings(node);
        ValidateReservedProperties(node);
        ValidateRetryCycle(node);
        switch (node)
        {
            case Gateway gateway:
                ValidateGateway(gateway);
                break;
            case BoundaryEvent boundary:
                ValidateBoundary(boundary);
                break;
            case EventNode eventNode:
                ValidateEvent(eventNode);
                break;
            case Activity activity:
                ValidateActivity(activity);
                break;
        }

        if (node is EventNode { Definition: TimerEventDefinition timer })
        {
            ValidateTimer(timer.Timer, node, timer.Position, allowCycle: node is StartEvent || node is BoundaryEvent { CancelActivity: false });
        }
    }

    private void Report(string code, string message, FlowNode node) =>
        diagnostics.Add(code, message, node.Id, node.ElementType, node.Position);

    private void Report(string code, string message, FlowNode node, SourcePosition position) =>
        diagnostics.Add(code, message, node.Id, node.ElementType, position == SourcePosition.None ? node.Position : position);

    private void Report(string code, DiagnosticSeverity severity, string message, SequenceFlow flow) =>
        diagnostics.Add(code, severity, message, flow.Id, "sequenceFlow", flow.Position);

    private void Report(string code, string message, SequenceFlow flow) =>
        Report(code, DiagnosticCodes.DefaultSeverity(code), message, flow);

    private static string Q(string? value) => DiagnosticText.Quote(value);
}
