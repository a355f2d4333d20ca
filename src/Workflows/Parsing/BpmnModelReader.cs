using System.Xml;
using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Parsing;

/// <summary>Turns the XML tree into the model, reporting everything outside Tier 1 (R88).</summary>
/// <remarks>
/// The reader accepts each element and <c>camunda:</c> attribute of BPMN.md §1.2 and §2, skips the documentation
/// elements of §1.3 and reports everything else (BPMN201–208). It keeps going after a finding so a modeler sees every
/// problem at once (R87); structural rules that need the whole graph are the validator's.
/// </remarks>
internal sealed partial class BpmnModelReader(BpmnParserOptions options, DiagnosticBag diagnostics)
{
    /// <summary>Ids seen so far, for BPMN012.</summary>
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private readonly List<MessageDefinition> _messages = [];
    private readonly List<ErrorDefinition> _errors = [];
    private readonly List<EscalationDefinition> _escalations = [];

    /// <summary>Flow nodes read in the current process, for the BPMN004 limit.</summary>
    private int _flowNodeCount;

    /// <summary>Reads a whole file; null when the root is wrong or a limit stopped reading.</summary>
    public BpmnDefinitions? Read(XmlElementNode root)
    {
        if (!root.IsBpmn || root.LocalName != "definitions")
        {
            Report(DiagnosticCodes.NotBpmnDefinitions, $"The root element must be definitions in the BPMN 2.0 namespace, not {DiagnosticText.Quote(root.LocalName)}.", root);
            return null;
        }

        RegisterId(root);
        var processes = new List<(ProcessAttributes Attributes, ValueList<FlowNode> Nodes, ValueList<SequenceFlow> Flows)>();
        try
        {
            foreach (var child in root.Children)
            {
                if (child.IsBpmn)
                {
                    ReadRootElement(child, processes);
                }
                else
                {
                    ReportForeign(child, insideExtensionElements: false);
                }
            }
        }
        catch (ReadLimitException)
        {
            return null;
        }

        var rootElements = new RootElements(ValueList<MessageDefinition>.From(_messages), ValueList<ErrorDefinition>.From(_errors), ValueList<EscalationDefinition>.From(_escalations));
        var models = processes.Select(process => new ProcessModel(process.Attributes, process.Nodes, process.Flows, rootElements));
        return new BpmnDefinitions(root.Attribute("id"), ValueList<ProcessModel>.From(models), rootElements);
    }

    private void ReadRootElement(XmlElementNode element, List<(ProcessAttributes, ValueList<FlowNode>, ValueList<SequenceFlow>)> processes)
    {
        switch (element.LocalName)
        {
            case "process":
                if (ReadProcess(element) is { } process)
                {
                    processes.Add(process);
                }

                break;
            case "message":
                RegisterId(element);
                if (RequireId(element) is { } messageId)
                {
                    _messages.Add(new MessageDefinition(messageId, element.Attribute("name"), element.Position));
                }

                CheckCamundaAttributes(element, "message");
                break;
            case "error":
                RegisterId(element);
                if (RequireId(element) is { } errorId)
                {
                    _errors.Add(new ErrorDefinition(errorId, element.Attribute("name"), element.Attribute("errorCode"), element.CamundaAttribute("errorMessage"), element.Position));
                }

                CheckCamundaAttributes(element, "error");
                break;
            case "escalation":
                RegisterId(element);
                if (RequireId(element) is { } escalationId)
                {
                    _escalations.Add(new EscalationDefinition(escalationId, element.Attribute("name"), element.Attribute("escalationCode"), element.Position));
                }

                CheckCamundaAttributes(element, "escalation");
                break;
            case "signal":
                RegisterId(element);
                Report(DiagnosticCodes.TierTwoElement, "Signals are not yet supported (Tier 2).", element);
                break;
            case "collaboration" or "category" or "dataStore" or "documentation" or "extensionElements":
                RegisterIdsBelow(element);
                break;
            default:
                RegisterId(element);
                Report(DiagnosticCodes.UnsupportedElement, $"Element {element.LocalName} is not supported.", element);
                break;
        }
    }

    /// <summary>Registers the id of an element, reporting invalid (BPMN013) and duplicate (BPMN012) ids.</summary>
    private void RegisterId(XmlElementNode element)
    {
        var id = element.Attribute("id");
        if (id is null)
        {
            return;
        }

        if (!IsNcName(id))
        {
            Report(DiagnosticCodes.InvalidId, $"Id {DiagnosticText.Quote(id)} is not a valid XML name (NCName).", element);
        }
        else if (!_ids.Add(id))
        {
            Report(DiagnosticCodes.DuplicateId, $"Id {DiagnosticText.Quote(id)} is used by more than one element.", element);
        }
    }

    /// <summary>Registers the ids of an accepted documentation element and everything inside it.</summary>
    private void RegisterIdsBelow(XmlElementNode element)
    {
        if (element.IsBpmn)
        {
            RegisterId(element);
        }

        foreach (var child in element.Children)
        {
            RegisterIdsBelow(child);
        }
    }

    /// <summary>The id of an element the model needs an id for; reports BPMN013 when it is missing.</summary>
    private string? RequireId(XmlElementNode element)
    {
        var id = element.Attribute("id");
        if (string.IsNullOrEmpty(id))
        {
            Report(DiagnosticCodes.InvalidId, $"A {element.LocalName} element has no id.", element);
            return null;
        }

        return id;
    }

    /// <summary>Reports every <c>camunda:</c> attribute that is not Tier 1 on this element (BPMN203).</summary>
    private void CheckCamundaAttributes(XmlElementNode element, string elementType)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.NamespaceUri == BpmnNamespaces.Camunda && !CamundaAttributes.IsAllowed(elementType, attribute.LocalName))
            {
                var hint = CamundaAttributes.Hint(attribute.LocalName);
                Report(
                    DiagnosticCodes.UnsupportedExtension,
                    $"Attribute camunda:{attribute.LocalName} is not supported on {elementType}{(hint is null ? "." : $"; {hint}.")}",
                    element);
            }
        }
    }

    /// <summary>Reports an element outside the BPMN namespace: diagrams are kept, Camunda elements here are BPMN203, others BPMN208.</summary>
    private void ReportForeign(XmlElementNode element, bool insideExtensionElements)
    {
        if (BpmnNamespaces.IsDiagram(element.NamespaceUri))
        {
            return;
        }

        if (element.IsCamunda)
        {
            Report(DiagnosticCodes.UnsupportedExtension, $"Extension element camunda:{element.LocalName} is not supported here.", element);
            return;
        }

        var where = insideExtensionElements ? "extension element" : "element";
        Report(DiagnosticCodes.ForeignExtensionIgnored, $"Foreign {where} {DiagnosticText.Quote(element.LocalName)} is ignored.", element);
    }

    private void Report(string code, string message, XmlElementNode element) =>
        diagnostics.Add(code, message, element.Attribute("id"), element.LocalName, element.Position);

    private void Report(string code, string message, XmlElementNode element, string? elementId, string elementType) =>
        diagnostics.Add(code, message, elementId, elementType, element.Position);

    private static bool IsNcName(string value)
    {
        try
        {
            XmlConvert.VerifyNCName(value);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>Stops reading after a limit breach; the diagnostic has been added already.</summary>
    private sealed class ReadLimitException : Exception;
}
