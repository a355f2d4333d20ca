using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

internal sealed partial class ProcessValidator
{
    private void ValidateEvent(EventNode node)
    {
        switch (node.Definition)
        {
            case MessageEventDefinition message:
                ValidateMessageRef(message.MessageRef, node);
                break;
            case ErrorEventDefinition error when node is EndEvent:
                ValidateThrownError(error, node);
                break;
            case EscalationEventDefinition escalation when node is EndEvent or IntermediateThrowEvent:
                ValidateThrownEscalation(escalation, node);
                break;
        }

        if (node is StartEvent start)
        {
            CheckVariableName(start.Initiator, "camunda:initiator", node);
            if (start.Definition is not null && !start.Form.IsEmpty)
            {
                Report(DiagnosticCodes.InvalidForm, "Only a none start event can have a form.", node);
            }

            ValidateForm(start.Form, node);
        }
    }

    private void ValidateMessageRef(string? messageRef, FlowNode node)
    {
        if (messageRef is null)
        {
            Report(DiagnosticCodes.UnresolvedReference, "A message event or receive task needs a messageRef.", node);
        }
        else if (process.FindMessage(messageRef) is null)
        {
            Report(DiagnosticCodes.UnresolvedReference, $"messageRef {Q(messageRef)} does not name a message.", node);
        }
    }

    private void ValidateThrownError(ErrorEventDefinition definition, FlowNode node)
    {
        if (definition.ErrorRef is null)
        {
            Report(DiagnosticCodes.ErrorWithoutCode, "An error end event needs an errorRef to an error with an errorCode.", node);
        }
        else if (process.FindError(definition.ErrorRef) is not { } error)
        {
            Report(DiagnosticCodes.UnresolvedReference, $"errorRef {Q(definition.ErrorRef)} does not name an error.", node);
        }
        else if (string.IsNullOrWhiteSpace(error.ErrorCode))
        {
            Report(DiagnosticCodes.ErrorWithoutCode, $"Error {Q(error.Id)} thrown here has no errorCode.", node);
        }
    }

    private void ValidateThrownEscalation(EscalationEventDefinition definition, FlowNode node)
    {
        if (definition.EscalationRef is null)
        {
            Report(DiagnosticCodes.EscalationWithoutCode, "An escalation throw needs an escalationRef to an escalation with an escalationCode.", node);
        }
        else if (process.FindEscalation(definition.EscalationRef) is not { } escalation)
        {
            Report(DiagnosticCodes.UnresolvedReference, $"escalationRef {Q(definition.EscalationRef)} does not name an escalation.", node);
        }
        else if (string.IsNullOrWhiteSpace(escalation.EscalationCode))
        {
            Report(DiagnosticCodes.EscalationWithoutCode, $"Escalation {Q(escalation.Id)} thrown here has no escalationCode.", node);
        }
    }

    /// <summary>R36, R39–R43: host, interruption and catch codes of a boundary event (BPMN014, 402, 403).</summary>
    private void ValidateBoundary(BoundaryEvent boundary)
    {
        if (process.Outgoing(boundary.Id).Count == 0)
        {
            Report(DiagnosticCodes.InvalidBoundary, "A boundary event needs at least one outgoing flow.", boundary);
        }

        var host = process.FindNode(boundary.AttachedToId);
        if (host is null)
        {
            if (boundary.AttachedToId.Length > 0)
            {
                Report(DiagnosticCodes.UnresolvedReference, $"attachedToRef {Q(boundary.AttachedToId)} does not name a flow node of this process.", boundary);
            }
        }
        else if (host is not Activity)
        {
            Report(DiagnosticCodes.InvalidBoundary, $"A boundary event must be attached to an activity, not a {host.ElementType}.", boundary);
        }
        else if (host.ScopeId != boundary.ScopeId)
        {
            Report(DiagnosticCodes.InvalidBoundary, "A boundary event must be in the same scope as its host.", boundary);
        }

        switch (boundary.Definition)
        {
            case MessageEventDefinition message:
                ValidateMessageRef(message.MessageRef, boundary);
                break;
            case ErrorEventDefinition error:
                if (!boundary.CancelActivity)
                {
                    Report(DiagnosticCodes.InvalidBoundary, "An error boundary event is always interrupting.", boundary);
                }

                if (error.ErrorRef is not null && process.FindError(error.ErrorRef) is null)
                {
                    Report(DiagnosticCodes.UnresolvedReference, $"errorRef {Q(error.ErrorRef)} does not name an error.", boundary);
                }

                CheckVariableName(error.ErrorCodeVariable, "camunda:errorCodeVariable", boundary);
                CheckVariableName(error.ErrorMessageVariable, "camunda:errorMessageVariable", boundary);
                CheckDuplicateCatcher(boundary, host, error.ErrorRef is null ? null : process.FindError(error.ErrorRef)?.ErrorCode);
                break;
            case EscalationEventDefinition escalation:
                if (host is not null and not (SubProcess or CallActivity or UserTask))
                {
                    Report(DiagnosticCodes.InvalidBoundary, "Escalation boundary events attach to subprocesses, call activities and user tasks.", boundary);
                }

                if (escalation.EscalationRef is not null && process.FindEscalation(escalation.EscalationRef) is null)
                {
                    Report(DiagnosticCodes.UnresolvedReference, $"escalationRef {Q(escalation.EscalationRef)} does not name an escalation.", boundary);
                }

                CheckVariableName(escalation.EscalationCodeVariable, "camunda:escalationCodeVariable", boundary);
                CheckDuplicateCatcher(boundary, host, escalation.EscalationRef is null ? null : process.FindEscalation(escalation.EscalationRef)?.EscalationCode);
                break;
        }
    }

    /// <summary>Two error (or escalation) boundaries of one host catching the same code, or two catch-alls (BPMN403).</summary>
    private void CheckDuplicateCatcher(BoundaryEvent boundary, FlowNode? host, string? code)
    {
        if (host is null)
        {
            return;
        }

        var kind = boundary.DefinitionKind;
        code = NullIfBlank(code);
        var earlier = process.BoundaryEventsOf(host.Id)
            .TakeWhile(other => !ReferenceEquals(other, boundary))
            .Where(other => other.DefinitionKind == kind)
            .Any(other => string.Equals(CatchCode(other), code, StringComparison.Ordinal));
        if (earlier)
        {
            var what = code is null ? "catch-all" : $"code {Q(code)}";
            Report(DiagnosticCodes.DuplicateCatcher, $"Another boundary event on {Q(host.Id)} already catches {what}.", boundary);
        }
    }

    private string? CatchCode(BoundaryEvent boundary) => boundary.Definition switch
    {
        ErrorEventDefinition { ErrorRef: { } errorRef } => NullIfBlank(process.FindError(errorRef)?.ErrorCode),
        EscalationEventDefinition { EscalationRef: { } escalationRef } => NullIfBlank(process.FindEscalation(escalationRef)?.EscalationCode),
        _ => null,
    };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
