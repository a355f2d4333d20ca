using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Parsing;

internal sealed partial class BpmnModelReader
{
    /// <summary>Reads the <c>extensionElements</c> of an element into <paramref name="parts"/>.</summary>
    private void ReadExtensionElements(XmlElementNode owner, string elementType, NodeParts parts)
    {
        var isFlowNode = IsTierOneFlowNode(elementType);
        foreach (var extensionElements in owner.BpmnChildren("extensionElements"))
        {
            foreach (var child in extensionElements.Children)
            {
                if (!child.IsCamunda)
                {
                    ReportForeign(child, insideExtensionElements: true);
                    continue;
                }

                switch (child.LocalName)
                {
                    case "properties":
                        ReadProperties(child, parts.Properties, parts.Id, elementType);
                        break;
                    case "inputOutput" when isFlowNode:
                        ReadInputOutput(child, parts);
                        break;
                    case "failedJobRetryTimeCycle" when isFlowNode:
                        parts.FailedJobRetryTimeCycle = child.Text.Trim();
                        break;
                    case "taskListener" when elementType == "userTask":
                        if (ReadTaskListener(child, parts) is { } listener)
                        {
                            parts.TaskListeners.Add(listener);
                        }

                        break;
                    case "formData" when elementType is "userTask" or "startEvent":
                        parts.FormData = ReadFormData(child, parts);
                        break;
                    case "in" when elementType == "callActivity":
                        parts.CallInputs.Add(ReadCallMapping(child, parts));
                        break;
                    case "out" when elementType == "callActivity":
                        parts.CallOutputs.Add(ReadCallMapping(child, parts));
                        break;
                    default:
                        Report(DiagnosticCodes.UnsupportedExtension, ExtensionMessage(child.LocalName, elementType), child, parts.Id, elementType);
                        break;
                }
            }
        }
    }

    private static string ExtensionMessage(string name, string elementType) => name switch
    {
        "executionListener" => "camunda:executionListener is not supported (a Tier 2 candidate); use a script task or a task listener.",
        "connector" => "camunda:connector is not supported; use camunda:type=\"external\" with a topic.",
        "field" => $"camunda:field is not supported on {elementType}; only listener handlers take fields.",
        _ => $"Extension element camunda:{name} is not supported on {elementType}.",
    };

    private void ReadProperties(XmlElementNode properties, List<ExtensionProperty> target, string ownerId, string ownerType)
    {
        foreach (var property in properties.Children)
        {
            if (property.IsCamunda && property.LocalName == "property")
            {
                target.Add(new ExtensionProperty(property.Attribute("name") ?? string.Empty, property.Attribute("value")));
            }
            else
            {
                Report(DiagnosticCodes.UnsupportedExtension, $"Element {property.LocalName} is not supported inside camunda:properties.", property, ownerId, ownerType);
            }
        }
    }

    private void ReadInputOutput(XmlElementNode inputOutput, NodeParts parts)
    {
        foreach (var parameter in inputOutput.Children)
        {
            var isInput = parameter.IsCamunda && parameter.LocalName == "inputParameter";
            var isOutput = parameter.IsCamunda && parameter.LocalName == "outputParameter";
            if (!isInput && !isOutput)
            {
                Report(DiagnosticCodes.UnsupportedExtension, $"Element {parameter.LocalName} is not supported inside camunda:inputOutput.", parameter, parts.Id, parts.Element.LocalName);
                continue;
            }

            var name = parameter.Attribute("name") ?? string.Empty;
            var value = ReadParameterValue(parameter, parts);
            (isInput ? parts.Inputs : parts.Outputs).Add(new IoParameter(name, value, parameter.Position));
        }
    }

    /// <summary>Reads the content of a parameter, list item or map entry: text, list, map or script.</summary>
    private ParameterValue ReadParameterValue(XmlElementNode holder, NodeParts parts)
    {
        var nested = holder.Children.FirstOrDefault();
        if (nested is null)
        {
            return holder.Text.Length == 0 ? NullParameterValue.Instance : new TextParameterValue(holder.Text);
        }

        if (holder.Children.Count > 1 || !nested.IsCamunda)
        {
            Report(DiagnosticCodes.UnsupportedExtension, "A parameter holds one value: text, camunda:list, camunda:map or camunda:script.", nested, parts.Id, parts.Element.LocalName);
        }

        switch (nested.LocalName)
        {
            case "list":
                return new ListParameterValue(ValueList<ParameterValue>.From(nested.Children.Select(item => ReadListItem(item, parts))));
            case "map":
                return new MapParameterValue(ValueList<MapEntry>.From(nested.Children.Select(entry => ReadMapEntry(entry, parts))));
            case "script":
                return ReadScript(nested, parts) is { } script ? new ScriptParameterValue(script) : NullParameterValue.Instance;
            default:
                Report(DiagnosticCodes.UnsupportedExtension, $"Element {nested.LocalName} is not supported as a parameter value.", nested, parts.Id, parts.Element.LocalName);
                return NullParameterValue.Instance;
        }
    }

    private ParameterValue ReadListItem(XmlElementNode item, NodeParts parts)
    {
        if (item.IsCamunda && item.LocalName == "value")
        {
            return ReadParameterValue(item, parts);
        }

        // Lists may nest lists, maps and scripts directly.
        var wrapper = new XmlElementNode(BpmnNamespaces.Camunda, "value", item.Position);
        wrapper.AddChild(item);
        return ReadParameterValue(wrapper, parts);
    }

    private MapEntry ReadMapEntry(XmlElementNode entry, NodeParts parts)
    {
        if (!entry.IsCamunda || entry.LocalName != "entry")
        {
            Report(DiagnosticCodes.UnsupportedExtension, $"Element {entry.LocalName} is not supported inside camunda:map.", entry, parts.Id, parts.Element.LocalName);
        }

        return new MapEntry(entry.Attribute("key") ?? string.Empty, ReadParameterValue(entry, parts));
    }

    /// <summary>Reads a <c>camunda:script</c>; reports external resources (BPMN203) and other languages (BPMN204).</summary>
    private ScriptSource? ReadScript(XmlElementNode script, NodeParts parts)
    {
        var elementType = parts.Element.LocalName;
        if (script.Attribute("resource") is not null)
        {
            Report(DiagnosticCodes.UnsupportedExtension, "External script resources are not supported; write the script inline.", script, parts.Id, elementType);
            return null;
        }

        var format = script.Attribute("scriptFormat");
        if (format is null || !IsJavaScript(format))
        {
            Report(DiagnosticCodes.UnsupportedScriptFormat, format is null
                ? "A script needs scriptFormat=\"javascript\"."
                : $"Script format {DiagnosticText.Quote(format)} is not supported; scripts are JavaScript.", script, parts.Id, elementType);
            return null;
        }

        return new ScriptSource(format, script.Text, script.Position);
    }

    private CallVariableMapping ReadCallMapping(XmlElementNode mapping, NodeParts parts)
    {
        foreach (var attribute in mapping.Attributes.Where(attribute => attribute.NamespaceUri.Length == 0))
        {
            if (attribute.LocalName is not ("source" or "sourceExpression" or "target" or "variables" or "local" or "businessKey"))
            {
                Report(DiagnosticCodes.UnsupportedExtension, $"Attribute {attribute.LocalName} is not supported on camunda:{mapping.LocalName}.", mapping, parts.Id, parts.Element.LocalName);
            }
        }

        return new CallVariableMapping
        {
            Source = mapping.Attribute("source"),
            SourceExpression = mapping.Attribute("sourceExpression"),
            Target = mapping.Attribute("target"),
            AllVariables = string.Equals(mapping.Attribute("variables"), "all", StringComparison.Ordinal),
            Local = IsTrue(mapping.Attribute("local")),
            BusinessKey = mapping.Attribute("businessKey"),
            Position = mapping.Position,
        };
    }
}
