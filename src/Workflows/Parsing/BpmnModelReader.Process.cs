using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Parsing;

internal sealed partial class BpmnModelReader
{
    /// <summary>BPMN elements accepted inside a process or subprocess without execution meaning (§1.3).</summary>
    private static readonly HashSet<string> DocumentationElements = new(StringComparer.Ordinal)
    {
        "documentation", "laneSet", "textAnnotation", "association", "group", "dataObject", "dataObjectReference",
        "dataStoreReference", "category",
    };

    private (ProcessAttributes, ValueList<FlowNode>, ValueList<SequenceFlow>)? ReadProcess(XmlElementNode element)
    {
        RegisterId(element);
        CheckCamundaAttributes(element, "process");
        var key = RequireId(element);
        _flowNodeCount = 0;
        var parts = new NodeParts(key ?? string.Empty, element, null);
        ReadExtensionElements(element, "process", parts);
        ReportAcceptedWithoutEffect(element, "process");
        var (nodes, flows) = ReadScope(element, null);
        if (key is null)
        {
            return null;
        }

        var attributes = new ProcessAttributes
        {
            Key = key,
            Name = element.Attribute("name"),
            IsExecutable = string.Equals(element.Attribute("isExecutable")?.Trim(), "true", StringComparison.Ordinal),
            VersionTag = element.CamundaAttribute("versionTag"),
            CandidateStarterGroups = SplitList(element.CamundaAttribute("candidateStarterGroups")),
            CandidateStarterUsers = SplitList(element.CamundaAttribute("candidateStarterUsers")),
            IsStartableInTasklist = !string.Equals(element.CamundaAttribute("isStartableInTasklist")?.Trim(), "false", StringComparison.Ordinal),
            HistoryTimeToLive = element.CamundaAttribute("historyTimeToLive"),
            Async = ReadAsync(element),
            Properties = ValueList<ExtensionProperty>.From(parts.Properties),
            Position = element.Position,
        };
        return (attributes, nodes, flows);
    }

    /// <summary>Reads the nodes and flows directly inside a process or subprocess.</summary>
    private (ValueList<FlowNode> Nodes, ValueList<SequenceFlow> Flows) ReadScope(XmlElementNode container, string? scopeId)
    {
        var nodes = new List<FlowNode>();
        var flows = new List<SequenceFlow>();
        foreach (var child in container.Children)
        {
            if (!child.IsBpmn)
            {
                ReportForeign(child, insideExtensionElements: false);
                continue;
            }

            if (child.LocalName == "sequenceFlow")
            {
                if (ReadSequenceFlow(child, scopeId) is { } flow)
                {
                    flows.Add(flow);
                }
            }
            else if (child.LocalName is "extensionElements" or "incoming" or "outgoing" or "multiInstanceLoopCharacteristics"
                or "standardLoopCharacteristics" or "dataInputAssociation" or "dataOutputAssociation")
            {
                // The container's own children, read (or reported) by the container itself.
            }
            else if (DocumentationElements.Contains(child.LocalName))
            {
                RegisterIdsBelow(child);
            }
            else if (ReadFlowNode(child, scopeId) is { } node)
            {
                nodes.Add(node);
            }
        }

        // The default flag lives on the source node; copy it onto the flow so the engine sees it in one place.
        var defaults = nodes
            .Select(node => node switch { Activity activity => (node.Id, activity.DefaultFlowId), Gateway gateway => (node.Id, gateway.DefaultFlowId), _ => (node.Id, null) })
            .Where(pair => pair.DefaultFlowId is not null)
            .ToHashSet();
        var markedFlows = flows.Select(flow => defaults.Contains((flow.SourceId, flow.Id)) ? flow with { IsDefault = true } : flow);
        return (ValueList<FlowNode>.From(nodes), ValueList<SequenceFlow>.From(markedFlows));
    }

    private SequenceFlow? ReadSequenceFlow(XmlElementNode element, string? scopeId)
    {
        RegisterId(element);
        CheckCamundaAttributes(element, "sequenceFlow");
        var id = RequireId(element);
        var parts = new NodeParts(id ?? string.Empty, element, scopeId);
        ConditionExpression? condition = null;
        foreach (var child in element.Children)
        {
            if (!child.IsBpmn)
            {
                ReportForeign(child, insideExtensionElements: false);
            }
            else if (child.LocalName == "conditionExpression")
            {
                condition = ReadCondition(child, element);
            }
            else if (child.LocalName == "extensionElements")
            {
                ReadExtensionElements(element, "sequenceFlow", parts);
            }
            else if (child.LocalName != "documentation")
            {
                Report(DiagnosticCodes.UnsupportedElement, $"Element {child.LocalName} is not supported inside a sequence flow.", child, id, child.LocalName);
            }
        }

        if (id is null)
        {
            return null;
        }

        var source = element.Attribute("sourceRef");
        var target = element.Attribute("targetRef");
        if (source is null || target is null)
        {
            Report(DiagnosticCodes.UnresolvedReference, $"Sequence flow {DiagnosticText.Quote(id)} needs both sourceRef and targetRef.", element);
        }

        return new SequenceFlow
        {
            Id = id,
            Name = element.Attribute("name"),
            SourceId = source ?? string.Empty,
            TargetId = target ?? string.Empty,
            Condition = condition,
            ScopeId = scopeId,
            Properties = ValueList<ExtensionProperty>.From(parts.Properties),
            Position = element.Position,
        };
    }

    private ConditionExpression? ReadCondition(XmlElementNode condition, XmlElementNode flow)
    {
        CheckCamundaAttributes(condition, "conditionExpression");
        var language = condition.Attribute("language");
        if (language is not null && !IsJavaScriptOrJuel(language))
        {
            Report(DiagnosticCodes.UnsupportedScriptFormat, $"Condition language {DiagnosticText.Quote(language)} is not supported; write one ${{…}} expression.", condition, flow.Attribute("id"), "sequenceFlow");
        }

        var text = condition.Text.Trim();
        return text.Length == 0 ? null : new ConditionExpression(text, condition.Position);
    }

    private static bool IsJavaScriptOrJuel(string language) =>
        IsJavaScript(language) || language.Trim().Equals("juel", StringComparison.OrdinalIgnoreCase);

    private static bool IsJavaScript(string format) =>
        format.Trim().ToUpperInvariant() is "JAVASCRIPT" or "JS" or "ECMASCRIPT";

    private static ValueList<string> SplitList(string? value) =>
        value is null
            ? ValueList<string>.Empty
            : ValueList<string>.From(value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal));
}
