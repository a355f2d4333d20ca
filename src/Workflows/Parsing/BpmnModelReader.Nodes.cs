using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Parsing;

internal sealed partial class BpmnModelReader
{
    /// <summary>BPMN children every flow node may have without meaning: flow references and documentation.</summary>
    private static readonly HashSet<string> PassiveChildren = new(StringComparer.Ordinal)
    {
        "incoming", "outgoing", "documentation", "extensionElements", "dataInputAssociation", "dataOutputAssociation",
    };

    /// <summary>BPMN elements that are never supported, with the reason shown to the modeler.</summary>
    private static readonly Dictionary<string, string> UnsupportedFlowNodes = new(StringComparer.Ordinal)
    {
        ["complexGateway"] = "complex gateways are not supported; use exclusive, parallel or inclusive gateways",
        ["sendTask"] = "send tasks are not supported; use a service task with a topic",
        ["businessRuleTask"] = "business rule tasks are not supported",
        ["manualTask"] = "manual tasks are not supported; use a user task",
        ["task"] = "plain tasks are not supported; choose a user, service, script or receive task",
        ["adHocSubProcess"] = "ad-hoc subprocesses are not supported",
        ["transaction"] = "transactions are not supported",
        ["callChoreography"] = "choreographies are not supported",
        ["subChoreography"] = "choreographies are not supported",
        ["choreographyTask"] = "choreographies are not supported",
    };

    private FlowNode? ReadFlowNode(XmlElementNode element, string? scopeId)
    {
        RegisterId(element);
        if (UnsupportedFlowNodes.TryGetValue(element.LocalName, out var reason))
        {
            Report(DiagnosticCodes.UnsupportedElement, $"Element {element.LocalName} is not supported: {reason}.", element);
            RegisterIdsInside(element);
            return null;
        }

        if (!IsTierOneFlowNode(element.LocalName))
        {
            Report(DiagnosticCodes.UnsupportedElement, $"Element {element.LocalName} is not supported.", element);
            RegisterIdsInside(element);
            return null;
        }

        if (++_flowNodeCount > options.MaxFlowNodesPerProcess)
        {
            Report(DiagnosticCodes.TooManyElements, $"A process has more than {options.MaxFlowNodesPerProcess} flow nodes.", element);
            throw new ReadLimitException();
        }

        CheckCamundaAttributes(element, element.LocalName);
        ReportAcceptedWithoutEffect(element, element.LocalName);
        if (string.Equals(element.Attribute("isForCompensation"), "true", StringComparison.Ordinal))
        {
            Report(DiagnosticCodes.TierTwoElement, "Compensation is not yet supported (Tier 2).", element);
        }

        var id = RequireId(element);
        var parts = new NodeParts(id ?? string.Empty, element, scopeId);
        ReadExtensionElements(element, element.LocalName, parts);
        FlowNode? node = element.LocalName switch
        {
            "startEvent" or "endEvent" or "intermediateCatchEvent" or "intermediateThrowEvent" or "boundaryEvent" => ReadEvent(parts),
            "exclusiveGateway" or "parallelGateway" or "inclusiveGateway" or "eventBasedGateway" => ReadGateway(parts),
            _ => ReadActivity(parts),
        };
        return id is null ? null : node;
    }

    private static bool IsTierOneFlowNode(string localName) => localName is
        "startEvent" or "endEvent" or "intermediateCatchEvent" or "intermediateThrowEvent" or "boundaryEvent"
        or "userTask" or "serviceTask" or "scriptTask" or "receiveTask" or "callActivity" or "subProcess"
        or "exclusiveGateway" or "parallelGateway" or "inclusiveGateway" or "eventBasedGateway";

    /// <summary>Registers ids below a rejected element so duplicates are still found.</summary>
    private void RegisterIdsInside(XmlElementNode element)
    {
        foreach (var child in element.Children)
        {
            RegisterIdsBelow(child);
        }
    }

    /// <summary>Sets the properties every node shares from what the reader collected.</summary>
    private static T Complete<T>(T node, NodeParts parts)
        where T : FlowNode =>
        (T)((FlowNode)node with
        {
            Name = parts.Element.Attribute("name"),
            ScopeId = parts.ScopeId,
            Position = parts.Element.Position,
            Async = ReadAsync(parts.Element),
            InputOutput = parts.InputOutput,
            Properties = ValueList<ExtensionProperty>.From(parts.Properties),
            FailedJobRetryTimeCycle = parts.FailedJobRetryTimeCycle,
        });

    private static AsyncSettings ReadAsync(XmlElementNode element)
    {
        var before = IsTrue(element.CamundaAttribute("asyncBefore")) || IsTrue(element.CamundaAttribute("async"));
        var after = IsTrue(element.CamundaAttribute("asyncAfter"));
        var exclusive = !string.Equals(element.CamundaAttribute("exclusive")?.Trim(), "false", StringComparison.Ordinal);
        return before || after || !exclusive ? new AsyncSettings(before, after, exclusive) : AsyncSettings.None;
    }

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.Ordinal);

    /// <summary>Reports children of a flow node that have no place there.</summary>
    private void CheckChildren(NodeParts parts, Func<XmlElementNode, bool> isHandled)
    {
        foreach (var child in parts.Element.Children)
        {
            if (!child.IsBpmn)
            {
                ReportForeign(child, insideExtensionElements: false);
            }
            else if (child.LocalName == "standardLoopCharacteristics")
            {
                Report(DiagnosticCodes.UnsupportedLoop, "Standard loops are not supported; use multi-instance or a gateway loop.", child, parts.Id, parts.Element.LocalName);
            }
            else if (child.LocalName == "multiInstanceLoopCharacteristics" && parts.Element.LocalName is not
                ("userTask" or "serviceTask" or "scriptTask" or "receiveTask" or "callActivity" or "subProcess"))
            {
                Report(DiagnosticCodes.UnsupportedLoop, $"Multi-instance is not allowed on {parts.Element.LocalName}.", child, parts.Id, parts.Element.LocalName);
            }
            else if (!PassiveChildren.Contains(child.LocalName) && !isHandled(child))
            {
                Report(DiagnosticCodes.UnsupportedElement, $"Element {child.LocalName} is not supported inside {parts.Element.LocalName}.", child, parts.Id, parts.Element.LocalName);
            }
        }
    }

    /// <summary>Infos for Camunda attributes accepted without effect (§2).</summary>
    private void ReportAcceptedWithoutEffect(XmlElementNode element, string elementType)
    {
        foreach (var name in (string[])["exclusive", "jobPriority", "historyTimeToLive"])
        {
            if (element.CamundaAttribute(name) is not null && CamundaAttributes.IsAllowed(elementType, name))
            {
                Report(DiagnosticCodes.AcceptedWithoutEffect, $"camunda:{name} is accepted and has no effect.", element);
            }
        }
    }
}
