using System.Text.Json;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

/// <summary>BPMN errors and escalations: the inside-out catcher search of R41 and R43.</summary>
/// <remarks>
/// <para>
/// The search walks from the thrower outwards: the throwing activity's own boundaries (only when the thrower is an
/// activity: a service task's job error, a user task's "raise error" or "escalate"), then the enclosing subprocess, then
/// its enclosing subprocess, up to the process. On each host an exact code beats a catch-all, so the first host with
/// any matching boundary wins even when an outer host has an exact match.
/// </para>
/// <para>
/// The caught code (and message) are written to the boundary's scope chain per R67 before the boundary token runs, so
/// everything on the boundary path reads them.
/// </para>
/// </remarks>
internal sealed partial class Step
{
    /// <summary>R27/R41/R42: an error end event throws its code; uncaught, the token parks in <c>UnhandledError</c>.</summary>
    private void ThrowErrorEnd(ElementInstance element, EndEvent end)
    {
        var error = _model.FindError((end.Definition as ErrorEventDefinition)?.ErrorRef);
        var code = error?.ErrorCode ?? string.Empty;
        if (!ThrowError(element, includeSelf: false, code, error?.ErrorMessage))
        {
            RaiseUnhandledError(element, code, error?.ErrorMessage, FailedOperation.Activate);
        }
    }

    /// <summary>R28/R43/R44: an escalation end event or intermediate throw event throws its code.</summary>
    /// <remarks>
    /// Caught by an interrupting boundary, the host's cancellation has already destroyed the throwing token. Otherwise
    /// (caught non-interrupting, or not caught at all) an end event ends its path and an intermediate throw continues.
    /// </remarks>
    private void ThrowEscalationEvent(ElementInstance element, EventNode node)
    {
        var text = _model.FindEscalation((node.Definition as EscalationEventDefinition)?.EscalationRef)?.EscalationCode ?? string.Empty;
        var code = text;
        if (Workflows.Expressions.ExpressionText.ContainsExpression(text))
        {
            if (EvaluateAttribute(element, "escalationCode", text, FailedOperation.Activate) is not { } result)
            {
                return;
            }

            code = result.AsText() ?? string.Empty;
        }

        if (Escalate(element, includeSelf: false, code) == EscalationOutcome.Interrupted)
        {
            return;
        }

        if (node is EndEvent)
        {
            RemoveElement(element.Id);
            CompleteScopeIfDone(element.ScopeInstanceId);
            return;
        }

        Proceed(element);
    }

    /// <summary>Throws <paramref name="code"/> from <paramref name="thrower"/>; false when nothing catches it (the caller decides R42).</summary>
    private bool ThrowError(ElementInstance thrower, bool includeSelf, string code, string? message)
    {
        if (FindCatcher(thrower, includeSelf, EventDefinitionKind.Error, code) is not { } found)
        {
            return false;
        }

        var (host, boundary) = found;

        Emit(new ErrorCaught(thrower.ElementId, code, boundary.Id));
        CancelTree([host]);
        var definition = (ErrorEventDefinition)boundary.Definition!;
        if (definition.ErrorCodeVariable is { Length: > 0 } codeVariable)
        {
            WriteToScopeChain(host.ScopeInstanceId, codeVariable, JsonSerializer.SerializeToElement(code));
        }

        if (definition.ErrorMessageVariable is { Length: > 0 } messageVariable)
        {
            WriteToScopeChain(host.ScopeInstanceId, messageVariable, JsonSerializer.SerializeToElement(message));
        }

        Enter(boundary, host.ScopeInstanceId);
        return true;
    }

    /// <summary>Throws an escalation; a caught one starts its boundary token, an uncaught one is only recorded (R43, R44)
    /// or, in a called instance, passed to the caller.</summary>
    private EscalationOutcome Escalate(ElementInstance thrower, bool includeSelf, string code)
    {
        if (FindCatcher(thrower, includeSelf, EventDefinitionKind.Escalation, code) is not { } found)
        {
            // A called instance offers it to its caller; here it still counts as uncaught, since the step cannot wait.
            Emit(_original.HasCaller ? new EscalationRaisedToCaller(NextId("esc"), thrower.ElementId, code) : new EscalationNotCaught(thrower.ElementId, code));
            return EscalationOutcome.NotCaught;
        }

        var (host, boundary) = found;

        Emit(new EscalationCaught(thrower.ElementId, code, boundary.Id, boundary.CancelActivity));
        if (boundary.CancelActivity)
        {
            CancelTree([host]);
        }

        if (((EscalationEventDefinition)boundary.Definition!).EscalationCodeVariable is { Length: > 0 } codeVariable)
        {
            WriteToScopeChain(host.ScopeInstanceId, codeVariable, JsonSerializer.SerializeToElement(code));
        }

        Enter(boundary, host.ScopeInstanceId);
        return boundary.CancelActivity ? EscalationOutcome.Interrupted : EscalationOutcome.Continued;
    }

    private void RaiseUnhandledError(ElementInstance element, string code, string? message, FailedOperation operation) =>
        RaiseIncident(
            element,
            IncidentTypes.UnhandledError,
            $"BPMN error '{code}' thrown by '{element.ElementId}' has no catcher{(string.IsNullOrEmpty(message) ? "." : $": {message}")}",
            operation,
            errorCode: code);

    /// <summary>The first host, inside out, with a boundary catching <paramref name="code"/>, and that boundary.</summary>
    private (ElementInstance Host, BoundaryEvent Boundary)? FindCatcher(ElementInstance thrower, bool includeSelf, EventDefinitionKind kind, string code)
    {
        for (var host = includeSelf ? thrower : EnclosingHost(thrower); host is not null; host = EnclosingHost(host))
        {
            if (host.LoopCounter is not null)
            {
                continue; // Boundaries of a multi-instance activity belong to its body, the next host out (R51).
            }

            if (CatchingBoundary(host.ElementId, kind, code) is { } boundary)
            {
                return (host, boundary);
            }
        }

        return null;
    }

    /// <summary>The subprocess or multi-instance body whose scope holds <paramref name="element"/>; null at process level.</summary>
    private ElementInstance? EnclosingHost(ElementInstance element) =>
        string.Equals(element.ScopeInstanceId, InstanceId, StringComparison.Ordinal) ? null : FindElement(element.ScopeInstanceId);

    /// <summary>On one host an exact code beats a catch-all (R41, R43); BPMN403 rules out two catchers for one code.</summary>
    private BoundaryEvent? CatchingBoundary(string hostId, EventDefinitionKind kind, string code)
    {
        BoundaryEvent? catchAll = null;
        foreach (var boundary in _model.BoundaryEventsOf(hostId).Where(boundary => boundary.DefinitionKind == kind))
        {
            var caught = CaughtCode(boundary);
            if (caught is null)
            {
                catchAll ??= boundary;
            }
            else if (string.Equals(caught, code, StringComparison.Ordinal))
            {
                return boundary;
            }
        }

        return catchAll;
    }

    /// <summary>The code a boundary catches; null for a catch-all (no reference, or a referenced element without code).</summary>
    private string? CaughtCode(BoundaryEvent boundary)
    {
        var code = boundary.Definition switch
        {
            ErrorEventDefinition { ErrorRef: { } errorRef } => _model.FindError(errorRef)?.ErrorCode,
            EscalationEventDefinition { EscalationRef: { } escalationRef } => _model.FindEscalation(escalationRef)?.EscalationCode,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(code) ? null : code;
    }

    private enum EscalationOutcome
    {
        NotCaught,
        Continued,
        Interrupted,
    }
}
