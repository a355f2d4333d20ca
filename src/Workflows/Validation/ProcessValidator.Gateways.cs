using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Validation;

internal sealed partial class ProcessValidator
{
    private void ValidateGateway(Gateway gateway)
    {
        if (gateway.DefaultFlowId is not null && gateway.GatewayType is GatewayType.Parallel or GatewayType.EventBased)
        {
            Report(DiagnosticCodes.InvalidDefaultFlow, $"A {gateway.ElementType} cannot have a default flow; only exclusive and inclusive gateways and activities can.", gateway);
        }
        else
        {
            ValidateDefaultFlow(gateway, gateway.DefaultFlowId);
        }

        if (gateway.GatewayType == GatewayType.EventBased)
        {
            ValidateEventGateway(gateway);
        }
    }

    /// <summary>R23: at least two targets, each a timer or message catch event reached only from this gateway (BPMN401).</summary>
    private void ValidateEventGateway(Gateway gateway)
    {
        var outgoing = process.Outgoing(gateway.Id);
        if (outgoing.Count < 2)
        {
            Report(DiagnosticCodes.InvalidEventGateway, "An event-based gateway needs at least two outgoing flows.", gateway);
        }

        foreach (var flow in outgoing)
        {
            var target = process.FindNode(flow.TargetId);
            if (target is null)
            {
                continue;
            }

            if (target is not IntermediateCatchEvent { DefinitionKind: EventDefinitionKind.Timer or EventDefinitionKind.Message })
            {
                Report(DiagnosticCodes.InvalidEventGateway, $"Target {Q(target.Id)} of an event-based gateway must be a timer or message intermediate catch event.", gateway);
            }
            else if (process.Incoming(target.Id).Count != 1)
            {
                Report(DiagnosticCodes.InvalidEventGateway, $"Target {Q(target.Id)} of an event-based gateway must have exactly one incoming flow.", gateway);
            }
        }
    }

    /// <summary>A timer value: literal ISO 8601 (BPMN304, BPMN306), cycle placement (BPMN305); expressions are checked with the rest.</summary>
    private void ValidateTimer(TimerSpec? timer, FlowNode node, SourcePosition position, bool allowCycle)
    {
        if (timer is null)
        {
            return; // BPMN304 already reported by the reader.
        }

        if (timer.Type == TimerType.Cycle && !allowCycle)
        {
            Report(DiagnosticCodes.CycleNotAllowed, "timeCycle is only allowed on start events, non-interrupting boundary events and timeout listeners; use timeDate or timeDuration.", node, position);
        }

        if (timer.IsExpression)
        {
            return;
        }

        if (timer.Text.Length == 0)
        {
            Report(DiagnosticCodes.InvalidTimer, "The timer value is empty.", node, timer.Position);
            return;
        }

        var result = IsoTimerParser.Parse(timer.Type, timer.Text);
        if (!result.Success)
        {
            Report(DiagnosticCodes.InvalidTimer, $"Timer value {Q(timer.Text)} is invalid: {result.Error}.", node, timer.Position);
        }
        else if (result.Value is TimerDate { HasOffset: false } or TimerCycle { Start.HasOffset: false })
        {
            Report(DiagnosticCodes.TimeDateWithoutOffset, $"Timer date {Q(timer.Text)} has no offset and is read in the configured zone (Asia/Shanghai by default); add +08:00 or Z.", node, timer.Position);
        }
    }
}
