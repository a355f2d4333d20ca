using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Parsing;

internal sealed partial class BpmnModelReader
{
    private TaskListener? ReadTaskListener(XmlElementNode listener, NodeParts parts)
    {
        var elementType = parts.Element.LocalName;
        if (listener.Attribute("expression") is not null)
        {
            Report(DiagnosticCodes.UnsupportedExtension, "Task listeners with an expression attribute are not supported; use a script or a registered handler.", listener, parts.Id, elementType);
        }

        ScriptSource? script = null;
        var fields = new List<ListenerField>();
        TimerSpec? timeout = null;
        foreach (var child in listener.Children)
        {
            if (child.IsCamunda && child.LocalName == "script")
            {
                script = ReadScript(child, parts);
            }
            else if (child.IsCamunda && child.LocalName == "field")
            {
                fields.Add(ReadField(child));
            }
            else if (child.IsBpmn && child.LocalName == "timerEventDefinition")
            {
                RegisterId(child);
                timeout = ReadTimerSpec(child, parts.Id, elementType);
            }
            else
            {
                Report(DiagnosticCodes.UnsupportedExtension, $"Element {child.LocalName} is not supported inside a task listener.", child, parts.Id, elementType);
            }
        }

        var className = listener.Attribute("class");
        var delegateExpression = listener.Attribute("delegateExpression");
        return new TaskListener
        {
            Event = listener.Attribute("event") ?? string.Empty,
            Id = listener.Attribute("id"),
            Script = script,
            HandlerName = className ?? delegateExpression,
            HandlerKind = className is not null ? "class" : delegateExpression is not null ? "delegateExpression" : null,
            Fields = ValueList<ListenerField>.From(fields),
            Timeout = timeout,
            Position = listener.Position,
        };
    }

    private static ListenerField ReadField(XmlElementNode field)
    {
        var name = field.Attribute("name") ?? string.Empty;
        if (field.Attribute("expression") is { } expression)
        {
            return new ListenerField(name, expression, IsExpression: true);
        }

        if (field.Attribute("stringValue") is { } stringValue)
        {
            return new ListenerField(name, stringValue, IsExpression: false);
        }

        var nested = field.Children.FirstOrDefault(child => child.IsCamunda);
        return nested?.LocalName == "expression"
            ? new ListenerField(name, nested.Text, IsExpression: true)
            : new ListenerField(name, nested?.Text, IsExpression: false);
    }
}
