using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Parsing;

internal sealed partial class BpmnModelReader
{
    private FlowNode ReadGateway(NodeParts parts)
    {
        var element = parts.Element;
        CheckChildren(parts, _ => false);
        var type = element.LocalName switch
        {
            "exclusiveGateway" => GatewayType.Exclusive,
            "parallelGateway" => GatewayType.Parallel,
            "inclusiveGateway" => GatewayType.Inclusive,
            _ => GatewayType.EventBased,
        };
        if (type == GatewayType.EventBased
            && (IsTrue(element.Attribute("instantiate")) || string.Equals(element.Attribute("eventGatewayType"), "Parallel", StringComparison.Ordinal)))
        {
            Report(DiagnosticCodes.InvalidEventGateway, "Event-based gateways must be exclusive and not instantiating.", element);
        }

        return Complete(new Gateway { Id = parts.Id, GatewayType = type, DefaultFlowId = element.Attribute("default") }, parts);
    }

    private FlowNode? ReadActivity(NodeParts parts)
    {
        var element = parts.Element;
        Activity? activity = element.LocalName switch
        {
            "userTask" => ReadUserTask(parts),
            "serviceTask" => ReadServiceTask(parts),
            "scriptTask" => ReadScriptTask(parts),
            "receiveTask" => ReadReceiveTask(parts),
            "callActivity" => ReadCallActivity(parts),
            _ => ReadSubProcess(parts),
        };
        if (activity is null)
        {
            return null;
        }

        var withActivityParts = activity with
        {
            DefaultFlowId = element.Attribute("default"),
            MultiInstance = element.BpmnChild("multiInstanceLoopCharacteristics") is { } loop ? ReadMultiInstance(loop, parts) : null,
        };
        return Complete(withActivityParts, parts);
    }

    private static bool IsActivityChild(XmlElementNode child) => child.LocalName == "multiInstanceLoopCharacteristics";

    private UserTask ReadUserTask(NodeParts parts)
    {
        var element = parts.Element;
        CheckChildren(parts, IsActivityChild);
        return new UserTask
        {
            Id = parts.Id,
            Assignee = element.CamundaAttribute("assignee"),
            CandidateUsers = element.CamundaAttribute("candidateUsers"),
            CandidateGroups = element.CamundaAttribute("candidateGroups"),
            DueDate = element.CamundaAttribute("dueDate"),
            FollowUpDate = element.CamundaAttribute("followUpDate"),
            Priority = element.CamundaAttribute("priority"),
            Form = ReadForm(parts),
            TaskListeners = ValueList<TaskListener>.From(parts.TaskListeners),
        };
    }

    private ServiceTask ReadServiceTask(NodeParts parts)
    {
        var element = parts.Element;
        CheckChildren(parts, IsActivityChild);
        var type = element.CamundaAttribute("type");
        var topic = element.CamundaAttribute("topic")?.Trim();
        var hasOtherImplementation = element.CamundaAttribute("class") is not null
            || element.CamundaAttribute("expression") is not null
            || element.CamundaAttribute("delegateExpression") is not null;
        if (type is null && !hasOtherImplementation)
        {
            Report(DiagnosticCodes.UnsupportedExtension, "A service task needs camunda:type=\"external\" and a camunda:topic.", element);
        }
        else if (type is not null && !string.Equals(type.Trim(), "external", StringComparison.Ordinal))
        {
            Report(DiagnosticCodes.UnsupportedExtension, $"camunda:type {DiagnosticText.Quote(type)} is not supported; use \"external\" with a camunda:topic.", element);
        }
        else if (type is not null && string.IsNullOrEmpty(topic))
        {
            Report(DiagnosticCodes.UnsupportedExtension, "An external service task needs a camunda:topic.", element);
        }
        else if (topic is not null && Expressions.ExpressionText.ContainsExpression(topic))
        {
            Report(DiagnosticCodes.UnsupportedExtension, "camunda:topic must be a literal, not an expression.", element);
        }

        return new ServiceTask { Id = parts.Id, Topic = topic, TaskPriority = element.CamundaAttribute("taskPriority") };
    }

    private ScriptTask ReadScriptTask(NodeParts parts)
    {
        var element = parts.Element;
        CheckChildren(parts, child => IsActivityChild(child) || child.LocalName == "script");
        var format = element.Attribute("scriptFormat");
        var script = element.BpmnChild("script");
        ScriptSource? source = null;
        if (format is null || !IsJavaScript(format))
        {
            Report(DiagnosticCodes.UnsupportedScriptFormat, format is null
                ? "A script task needs scriptFormat=\"javascript\"."
                : $"Script format {DiagnosticText.Quote(format)} is not supported; scripts are JavaScript.", element);
        }
        else if (script is null)
        {
            Report(DiagnosticCodes.UnsupportedExtension, "A script task needs an inline script.", element);
        }
        else
        {
            source = new ScriptSource(format, script.Text, script.Position);
        }

        return new ScriptTask { Id = parts.Id, Script = source, ResultVariable = element.CamundaAttribute("resultVariable") };
    }

    private ReceiveTask ReadReceiveTask(NodeParts parts)
    {
        CheckChildren(parts, IsActivityChild);
        return new ReceiveTask { Id = parts.Id, MessageRef = parts.Element.Attribute("messageRef") };
    }

    private CallActivity ReadCallActivity(NodeParts parts)
    {
        var element = parts.Element;
        CheckChildren(parts, IsActivityChild);
        return new CallActivity
        {
            Id = parts.Id,
            CalledElement = element.Attribute("calledElement"),
            Binding = element.CamundaAttribute("calledElementBinding"),
            Version = element.CamundaAttribute("calledElementVersion"),
            VersionTag = element.CamundaAttribute("calledElementVersionTag"),
            Inputs = ValueList<CallVariableMapping>.From(parts.CallInputs),
            Outputs = ValueList<CallVariableMapping>.From(parts.CallOutputs),
        };
    }

    private SubProcess? ReadSubProcess(NodeParts parts)
    {
        var element = parts.Element;
        if (IsTrue(element.Attribute("triggeredByEvent")))
        {
            Report(DiagnosticCodes.TierTwoElement, "Event subprocesses are not yet supported (Tier 2).", element);
            RegisterIdsInside(element);
            return null;
        }

        foreach (var child in element.Children.Where(child => child.IsBpmn && child.LocalName == "standardLoopCharacteristics"))
        {
            Report(DiagnosticCodes.UnsupportedLoop, "Standard loops are not supported; use multi-instance or a gateway loop.", child, parts.Id, element.LocalName);
        }

        // Contents are read as a scope, which skips the subprocess's own loop and flow-reference children.
        var (nodes, flows) = ReadScope(element, parts.Id);
        return new SubProcess { Id = parts.Id, Nodes = nodes, Flows = flows };
    }

    private MultiInstanceCharacteristics ReadMultiInstance(XmlElementNode loop, NodeParts parts)
    {
        RegisterId(loop);
        CheckCamundaAttributes(loop, "multiInstanceLoopCharacteristics");
        foreach (var child in loop.Children)
        {
            if (child.IsBpmn && child.LocalName is not ("loopCardinality" or "completionCondition" or "documentation" or "extensionElements"))
            {
                Report(DiagnosticCodes.UnsupportedElement, $"Element {child.LocalName} is not supported inside multi-instance characteristics.", child, parts.Id, parts.Element.LocalName);
            }
        }

        return new MultiInstanceCharacteristics
        {
            IsSequential = IsTrue(loop.Attribute("isSequential")),
            LoopCardinality = NullIfBlank(loop.BpmnChild("loopCardinality")?.Text),
            CompletionCondition = NullIfBlank(loop.BpmnChild("completionCondition")?.Text),
            Collection = loop.CamundaAttribute("collection"),
            ElementVariable = loop.CamundaAttribute("elementVariable"),
            Async = ReadAsync(loop),
            Position = loop.Position,
        };
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
