using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Parsing;

internal sealed partial class BpmnModelReader
{
    private FlowNode ReadEvent(NodeParts parts)
    {
        var element = parts.Element;
        CheckChildren(parts, child => child.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal) || child.LocalName == "eventDefinitionRef");
        var definition = ReadEventDefinition(parts);
        CheckDefinitionAllowed(parts, definition);
        return element.LocalName switch
        {
            "startEvent" => Complete(new StartEvent { Id = parts.Id, Definition = definition, Initiator = element.CamundaAttribute("initiator"), Form = ReadForm(parts) }, parts),
            "endEvent" => Complete(new EndEvent { Id = parts.Id, Definition = definition }, parts),
            "intermediateCatchEvent" => Complete(new IntermediateCatchEvent { Id = parts.Id, Definition = definition }, parts),
            "intermediateThrowEvent" => Complete(new IntermediateThrowEvent { Id = parts.Id, Definition = definition }, parts),
            _ => Complete(ReadBoundary(parts, definition), parts),
        };
    }

    private BoundaryEvent ReadBoundary(NodeParts parts, EventDefinition? definition)
    {
        var attachedTo = parts.Element.Attribute("attachedToRef");
        if (string.IsNullOrEmpty(attachedTo))
        {
            Report(DiagnosticCodes.UnresolvedReference, "A boundary event needs attachedToRef.", parts.Element);
        }

        return new BoundaryEvent
        {
            Id = parts.Id,
            Definition = definition,
            AttachedToId = attachedTo ?? string.Empty,
            CancelActivity = !string.Equals(parts.Element.Attribute("cancelActivity")?.Trim(), "false", StringComparison.Ordinal),
        };
    }

    /// <summary>Reads the single supported event definition; reports Tier 2, unsupported and several definitions.</summary>
    private EventDefinition? ReadEventDefinition(NodeParts parts)
    {
        var definitions = parts.Element.Children
            .Where(child => child.IsBpmn && (child.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal) || child.LocalName == "eventDefinitionRef"))
            .ToList();
        if (definitions.Count > 1)
        {
            Report(DiagnosticCodes.UnsupportedElement, $"Events with several event definitions are not supported ({parts.Element.LocalName} has {definitions.Count}).", parts.Element);
        }

        EventDefinition? result = null;
        foreach (var child in definitions)
        {
            RegisterId(child);
            var definition = ReadOneDefinition(child, parts);
            result ??= definition;
        }

        return result;
    }

    private EventDefinition? ReadOneDefinition(XmlElementNode child, NodeParts parts)
    {
        var elementType = parts.Element.LocalName;
        CheckCamundaAttributes(child, child.LocalName);
        switch (child.LocalName)
        {
            case "timerEventDefinition":
                return new TimerEventDefinition { Id = child.Attribute("id"), Position = child.Position, Timer = ReadTimerSpec(child, parts.Id, elementType) };
            case "messageEventDefinition":
                return new MessageEventDefinition { Id = child.Attribute("id"), Position = child.Position, MessageRef = child.Attribute("messageRef") };
            case "errorEventDefinition":
                return new ErrorEventDefinition
                {
                    Id = child.Attribute("id"),
                    Position = child.Position,
                    ErrorRef = child.Attribute("errorRef"),
                    ErrorCodeVariable = child.CamundaAttribute("errorCodeVariable"),
                    ErrorMessageVariable = child.CamundaAttribute("errorMessageVariable"),
                };
            case "escalationEventDefinition":
                return new EscalationEventDefinition
                {
                    Id = child.Attribute("id"),
                    Position = child.Position,
                    EscalationRef = child.Attribute("escalationRef"),
                    EscalationCodeVariable = child.CamundaAttribute("escalationCodeVariable"),
                };
            case "terminateEventDefinition":
                return new TerminateEventDefinition { Id = child.Attribute("id"), Position = child.Position };
            case "signalEventDefinition" or "compensateEventDefinition" or "linkEventDefinition":
                var family = child.LocalName[..^"EventDefinition".Length];
                Report(DiagnosticCodes.TierTwoElement, $"{char.ToUpperInvariant(family[0])}{family[1..]} events are not yet supported (Tier 2).", child, parts.Id, elementType);
                return null;
            default:
                Report(DiagnosticCodes.UnsupportedElement, $"Event definition {child.LocalName} is not supported.", child, parts.Id, elementType);
                return null;
        }
    }

    /// <summary>Checks that the definition fits the event type (BPMN.md §1.2 and §1.3).</summary>
    private void CheckDefinitionAllowed(NodeParts parts, EventDefinition? definition)
    {
        var kind = definition?.Kind ?? EventDefinitionKind.None;
        var hasAnyDefinition = parts.Element.Children.Any(child => child.IsBpmn && child.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal));
        if (definition is null && hasAnyDefinition)
        {
            return; // Already reported as Tier 2 or unsupported.
        }

        var (code, message) = (parts.Element.LocalName, kind) switch
        {
            ("startEvent", EventDefinitionKind.None or EventDefinitionKind.Timer or EventDefinitionKind.Message) => (null, null),
            ("startEvent", EventDefinitionKind.Error or EventDefinitionKind.Escalation) =>
                (DiagnosticCodes.TierTwoElement, "Error and escalation start events belong to event subprocesses, which are not yet supported (Tier 2)."),
            ("endEvent", EventDefinitionKind.None or EventDefinitionKind.Terminate or EventDefinitionKind.Error or EventDefinitionKind.Escalation) => (null, null),
            ("intermediateCatchEvent", EventDefinitionKind.Timer or EventDefinitionKind.Message) => (null, null),
            ("intermediateCatchEvent", EventDefinitionKind.None) =>
                (DiagnosticCodes.UnsupportedElement, "An intermediate catch event needs a timer or message definition."),
            ("intermediateThrowEvent", EventDefinitionKind.Escalation) => (null, null),
            ("intermediateThrowEvent", EventDefinitionKind.None) =>
                (DiagnosticCodes.UnsupportedElement, "None intermediate throw events are not supported; they would do nothing."),
            ("boundaryEvent", EventDefinitionKind.Timer or EventDefinitionKind.Message or EventDefinitionKind.Error or EventDefinitionKind.Escalation) => (null, null),
            ("boundaryEvent", EventDefinitionKind.None) =>
                (DiagnosticCodes.InvalidBoundary, "A boundary event needs a timer, message, error or escalation definition."),
            var (type, _) => ((string?)DiagnosticCodes.UnsupportedElement, (string?)$"{Describe(kind)} {type} is not supported."),
        };
        if (code is not null)
        {
            Report(code, message!, parts.Element);
        }
    }

    private static string Describe(EventDefinitionKind kind) => kind switch
    {
        EventDefinitionKind.Timer => "A timer",
        EventDefinitionKind.Message => "A message",
        EventDefinitionKind.Error => "An error",
        EventDefinitionKind.Escalation => "An escalation",
        EventDefinitionKind.Terminate => "A terminate",
        _ => "A none",
    };

    /// <summary>Reads the one <c>timeDate</c>, <c>timeDuration</c> or <c>timeCycle</c> of a timer definition.</summary>
    private TimerSpec? ReadTimerSpec(XmlElementNode timer, string ownerId, string ownerType)
    {
        var values = timer.Children.Where(child => child.IsBpmn && child.LocalName is "timeDate" or "timeDuration" or "timeCycle").ToList();
        foreach (var child in timer.Children.Where(child => child.IsBpmn && child.LocalName is not ("timeDate" or "timeDuration" or "timeCycle" or "documentation" or "extensionElements")))
        {
            Report(DiagnosticCodes.UnsupportedElement, $"Element {child.LocalName} is not supported inside a timer.", child, ownerId, ownerType);
        }

        if (values.Count != 1)
        {
            Report(DiagnosticCodes.InvalidTimer, values.Count == 0
                ? "A timer needs one of timeDate, timeDuration or timeCycle."
                : "A timer may have only one of timeDate, timeDuration or timeCycle.", timer, ownerId, ownerType);
            if (values.Count == 0)
            {
                return null;
            }
        }

        var value = values[0];
        var type = value.LocalName switch
        {
            "timeDate" => TimerType.Date,
            "timeDuration" => TimerType.Duration,
            _ => TimerType.Cycle,
        };
        var text = value.Text.Trim();
        var isExpression = ExpressionText.ContainsExpression(text);
        var literal = isExpression || text.Length == 0 ? null : IsoTimerParser.Parse(type, text).Value;
        return new TimerSpec(type, text, isExpression, literal, value.Position);
    }
}
