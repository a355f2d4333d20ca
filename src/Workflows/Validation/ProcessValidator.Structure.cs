using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

internal sealed partial class ProcessValidator
{
    /// <summary>Start events per scope (BPMN101–103) and where nodes can never run (BPMN105, BPMN106).</summary>
    private void ValidateScopes()
    {
        var topStarts = process.NodesInScope(null).OfType<StartEvent>().ToList();
        if (topStarts.Count == 0)
        {
            diagnostics.Add(DiagnosticCodes.MissingStartEvent, "The process needs at least one start event.", process.Key, "process", process.Attributes.Position);
        }

        CheckNoneStarts(topStarts);
        foreach (var subProcess in process.AllNodes.OfType<SubProcess>())
        {
            var starts = process.NodesInScope(subProcess.Id).OfType<StartEvent>().ToList();
            foreach (var start in starts.Where(start => start.Definition is not null))
            {
                Report(DiagnosticCodes.StartEventNotAllowed, "A subprocess starts with a none start event; timer and message starts are only allowed at process level.", start);
            }

            if (!starts.Any(start => start.Definition is null))
            {
                Report(DiagnosticCodes.MissingStartEvent, "An embedded subprocess needs exactly one none start event.", subProcess);
            }

            CheckNoneStarts(starts);
        }

        foreach (var node in process.AllNodes)
        {
            var incoming = process.Incoming(node.Id).Count;
            var outgoing = process.Outgoing(node.Id).Count;
            switch (node)
            {
                case StartEvent when incoming > 0:
                    Report(DiagnosticCodes.StartEventNotAllowed, "A start event cannot have incoming sequence flows.", node);
                    break;
                case EndEvent when outgoing > 0:
                    Report(DiagnosticCodes.FlowNotAllowed, "An end event cannot have outgoing sequence flows.", node);
                    break;
                case BoundaryEvent when incoming > 0:
                    Report(DiagnosticCodes.FlowNotAllowed, "A boundary event cannot have incoming sequence flows.", node);
                    break;
                case StartEvent or BoundaryEvent:
                    break;
                case { } when incoming == 0:
                    Report(DiagnosticCodes.NeverActivated, "This element has no incoming sequence flow and can never run.", node);
                    break;
            }

            if (node is Activity && outgoing == 0)
            {
                Report(DiagnosticCodes.NoOutgoingFlow, "This activity has no outgoing sequence flow; its path ends there (implicit end).", node);
            }
        }
    }

    private void CheckNoneStarts(List<StartEvent> starts)
    {
        foreach (var extra in starts.Where(start => start.Definition is null).Skip(1))
        {
            Report(DiagnosticCodes.SeveralNoneStarts, "A scope may have only one none start event.", extra);
        }
    }

    /// <summary>Flow ends resolve within one scope (BPMN014, BPMN104) and conditions sit where they mean something (BPMN302).</summary>
    private void ValidateFlows()
    {
        foreach (var flow in process.AllFlows)
        {
            var source = process.FindNode(flow.SourceId);
            var target = process.FindNode(flow.TargetId);
            if (source is null && flow.SourceId.Length > 0)
            {
                Report(DiagnosticCodes.UnresolvedReference, $"sourceRef {Q(flow.SourceId)} does not name a flow node of this process.", flow);
            }

            if (target is null && flow.TargetId.Length > 0)
            {
                Report(DiagnosticCodes.UnresolvedReference, $"targetRef {Q(flow.TargetId)} does not name a flow node of this process.", flow);
            }

            if ((source is not null && source.ScopeId != flow.ScopeId) || (target is not null && target.ScopeId != flow.ScopeId))
            {
                Report(DiagnosticCodes.FlowNotAllowed, "A sequence flow cannot cross a subprocess border.", flow);
            }

            if (flow.Condition is null || source is null)
            {
                continue;
            }

            if (source is EventNode || source is Gateway { GatewayType: GatewayType.Parallel or GatewayType.EventBased })
            {
                Report(DiagnosticCodes.ConditionNotAllowed, $"Conditions are not allowed on flows leaving a {source.ElementType}; only activities, exclusive and inclusive gateways test conditions.", flow);
            }
            else if (flow.IsDefault)
            {
                Report(DiagnosticCodes.ConditionNotAllowed, DiagnosticSeverity.Warning, "The condition of a default flow is ignored.", flow);
            }
        }
    }

    /// <summary>The <c>default</c> attribute names a flow leaving the same element (BPMN014, BPMN303).</summary>
    private void ValidateDefaultFlow(FlowNode node, string? defaultFlowId)
    {
        if (defaultFlowId is null)
        {
            return;
        }

        var flow = process.FindFlow(defaultFlowId);
        if (flow is null)
        {
            Report(DiagnosticCodes.UnresolvedReference, $"default {Q(defaultFlowId)} does not name a sequence flow.", node);
        }
        else if (flow.SourceId != node.Id)
        {
            Report(DiagnosticCodes.InvalidDefaultFlow, $"default {Q(defaultFlowId)} names a flow that does not leave this element.", node);
        }
    }
}
