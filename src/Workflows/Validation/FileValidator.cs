using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>Rules over the root elements of a file and across its processes.</summary>
internal sealed class FileValidator(BpmnDefinitions definitions, DiagnosticBag diagnostics)
{
    public void Validate(IReadOnlyList<ProcessModel> executable)
    {
        foreach (var message in definitions.RootElements.Messages)
        {
            if (string.IsNullOrWhiteSpace(message.Name))
            {
                diagnostics.Add(DiagnosticCodes.InvalidMessage, "A message needs a name.", message.Id, "message", message.Position);
            }
        }

        // Start message names are literal and unique within the file (BPMN601 extends this across keys at publish).
        var startNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var start in executable.SelectMany(process => process.NodesInScope(null)).OfType<StartEvent>())
        {
            if (start.Definition is not MessageEventDefinition messageDefinition
                || definitions.RootElements.FindMessage(messageDefinition.MessageRef)?.Name is not { } name)
            {
                continue;
            }

            if (ExpressionText.ContainsExpression(name))
            {
                diagnostics.Add(DiagnosticCodes.InvalidMessage, $"The message name of a start event must be literal, not {DiagnosticText.Quote(name)}.", start.Id, start.ElementType, start.Position);
            }
            else if (!startNames.TryAdd(name, start.Id))
            {
                diagnostics.Add(DiagnosticCodes.InvalidMessage, $"Start message name {DiagnosticText.Quote(name)} is also used by start event {DiagnosticText.Quote(startNames[name])}.", start.Id, start.ElementType, start.Position);
            }
        }
    }
}
