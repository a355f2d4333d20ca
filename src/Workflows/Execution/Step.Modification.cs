using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>R73: applies the variables, then each instruction in order; the run loop then advances every token.</summary>
    /// <remarks>
    /// Any invalid instruction rejects the whole command with <c>ModificationInvalid</c>; since a rejected step is
    /// discarded (R1), what earlier instructions did is dropped with it and the instance is unchanged. Starting before
    /// a parallel join requires <c>viaFlow</c> and records an arrival on that flow, because a plain start before a join
    /// would leave a token that can never complete. Cancelled boundary timers, tasks and jobs go with their element
    /// instances, deepest first, as in R39.
    /// </remarks>
    private EngineRejection? Modify(ModifyInstance command)
    {
        if (command.Instructions.Count == 0 && command.Variables is null)
        {
            return Invalid("A modification needs at least one instruction or variables.");
        }

        if (command.Variables is { } variables)
        {
            if (VariableRules.Problem(variables) is { } problem)
            {
                return new(RejectionCodes.VariableInvalid, problem);
            }

            foreach (var (name, value) in variables)
            {
                SetScopeVariable(InstanceId, name, value);
            }
        }

        for (var i = 0; i < command.Instructions.Count; i++)
        {
            var instruction = command.Instructions[i];
            var rejection = instruction.Kind switch
            {
                ModificationKinds.Cancel => CancelByModification(instruction),
                ModificationKinds.StartBefore => StartBefore(instruction),
                ModificationKinds.StartAfter => StartAfter(instruction),
                _ => Invalid($"Unknown instruction kind '{instruction.Kind}'."),
            };
            if (rejection is not null)
            {
                return rejection with { Message = $"Instruction {i + 1}: {rejection.Message}" };
            }
        }

        return null;
    }

    private EngineRejection? CancelByModification(ModificationInstruction instruction)
    {
        List<ElementInstance> targets;
        if (instruction.ElementInstanceId is { } elementInstanceId)
        {
            if (FindElement(elementInstanceId) is not { } element)
            {
                return Invalid($"Element instance '{elementInstanceId}' is not live.");
            }

            targets = [element];
        }
        else if (instruction.ElementId is { } elementId)
        {
            targets = _elements.Where(element => string.Equals(element.ElementId, elementId, StringComparison.Ordinal)).ToList();
            if (targets.Count == 0)
            {
                return Invalid($"Element '{elementId}' has no live instance.");
            }
        }
        else
        {
            return Invalid("A cancel instruction names an elementId or an elementInstanceId.");
        }

        CancelTree(targets);
        SettleBodies(targets.Where(target => target.LoopCounter is not null).Select(target => target.ScopeInstanceId));
        return null;
    }

    private EngineRejection? StartBefore(ModificationInstruction instruction)
    {
        if (TargetOf(instruction, out var node) is { } problem)
        {
            return problem;
        }

        if (ScopeFor(node!, instruction.ScopeInstanceId, out var scope) is { } scopeProblem)
        {
            return scopeProblem;
        }

        if (ExecutionPlan.IsJoin(_model, node!))
        {
            var via = instruction.ViaFlow is { } flowId
                ? _model.Incoming(node!.Id).FirstOrDefault(flow => string.Equals(flow.Id, flowId, StringComparison.Ordinal))
                : null;
            if (via is null)
            {
                return Invalid($"'{node!.Id}' is a join: name one of its incoming flows as viaFlow ({string.Join(", ", _model.Incoming(node.Id).Select(f => f.Id))}).");
            }

            Arrive(via, (Gateway)node!, scope!);
            return null;
        }

        if (instruction.ViaFlow is not null)
        {
            return Invalid($"viaFlow applies only to a joining gateway; '{node!.Id}' is not one.");
        }

        Enter(node!, scope!);
        return null;
    }

    private EngineRejection? StartAfter(ModificationInstruction instruction)
    {
        if (TargetOf(instruction, out var node) is { } problem)
        {
            return problem;
        }

        if (ScopeFor(node!, instruction.ScopeInstanceId, out var scope) is { } scopeProblem)
        {
            return scopeProblem;
        }

        var outgoing = _model.Outgoing(node!.Id);
        if (outgoing.Count != 1)
        {
            return Invalid($"'{node.Id}' has {outgoing.Count} outgoing flows; start after needs exactly one (start before its target instead).");
        }

        Take(outgoing[0], scope!);
        return null;
    }

    /// <summary>The target element; boundary events and subprocess start events are never targets (R73).</summary>
    private EngineRejection? TargetOf(ModificationInstruction instruction, out FlowNode? node)
    {
        node = instruction.ElementId is { } elementId ? _model.FindNode(elementId) : null;
        return node switch
        {
            null => Invalid(instruction.ElementId is null ? "A start instruction names an elementId." : $"The model has no element '{instruction.ElementId}'."),
            BoundaryEvent => Invalid($"'{node.Id}' is a boundary event; start before or after its host or its outgoing path instead."),
            StartEvent { ScopeId: not null } => Invalid($"'{node.Id}' is a subprocess start event; start before the subprocess instead."),
            _ => null,
        };
    }

    /// <summary>The scope instance a started token runs in: the root, or the single live instance of its subprocess.</summary>
    private EngineRejection? ScopeFor(FlowNode node, string? requested, out string? scope)
    {
        scope = null;
        if (node.ScopeId is not { } subProcessId)
        {
            scope = InstanceId;
            return requested is null || string.Equals(requested, InstanceId, StringComparison.Ordinal)
                ? null
                : Invalid($"'{node.Id}' is at process level; scopeInstanceId must be omitted or the instance id.");
        }

        // A multi-instance subprocess's body scope holds its inner instances, never a token of its own.
        var candidates = _scopes.Where(s => s.Loop is null && string.Equals(s.ElementId, subProcessId, StringComparison.Ordinal)).Select(s => s.Id).ToList();
        if (requested is not null)
        {
            scope = candidates.Contains(requested, StringComparer.Ordinal) ? requested : null;
            return scope is null ? Invalid($"'{requested}' is not a live instance of subprocess '{subProcessId}'.") : null;
        }

        switch (candidates.Count)
        {
            case 1:
                scope = candidates[0];
                return null;
            case 0:
                return CreateAncestor((SubProcess)_model.GetNode(subProcessId), out scope);
            default:
                return Invalid($"Subprocess '{subProcessId}' has {candidates.Count} live instances; name one as scopeInstanceId.");
        }
    }

    /// <summary>R73: starting inside a subprocess with no live instance creates it (and its missing ancestors), without its start event.</summary>
    /// <remarks>
    /// The new subprocess instance is entered as its activation would: input mappings into its scope, boundary timers
    /// scheduled and boundary subscriptions opened; only its none start event is skipped, because the modification says
    /// where its token starts. A failing input mapping or boundary rejects the modification rather than leaving a
    /// half-made scope.
    /// </remarks>
    private EngineRejection? CreateAncestor(SubProcess subProcess, out string? scope)
    {
        scope = null;
        if (subProcess.MultiInstance is not null)
        {
            return Invalid($"Multi-instance subprocess '{subProcess.Id}' has no live inner instance; start before the subprocess instead.");
        }

        if (ScopeFor(subProcess, null, out var parentScope) is { } parentProblem)
        {
            return parentProblem;
        }

        var element = CreateElement(subProcess, parentScope!);
        if (!ApplyInputs(ref element, subProcess))
        {
            return Invalid($"The input mappings of subprocess '{subProcess.Id}' failed; fix the variables first.");
        }

        if (PlanBoundaries(element, subProcess) is not { } boundaries)
        {
            return Invalid($"The boundary events of subprocess '{subProcess.Id}' failed to evaluate; fix the variables first.");
        }

        _scopes.Add(new ScopeInstance(element.Id, subProcess.Id, parentScope, element.Variables));
        Replace(element with { State = ElementInstanceState.Waiting, Variables = ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal) });
        AttachBoundaries(element, boundaries);

        scope = element.Id;
        return null;
    }

    /// <summary>R73: a modification that leaves no live element instance ends the instance as cancelled.</summary>
    private void EndIfModifiedEmpty(ModifyInstance command)
    {
        if (_status != InstanceStatus.Active || _elements.Count > 0 || HasArrivals(InstanceId))
        {
            return;
        }

        CancelRemainingTimers();
        _status = InstanceStatus.Cancelled;
        _endedAt = _now;
        Emit(new InstanceCancelled(InstanceId, command.Reason ?? "modification left no active element", command.Actor));
    }

    private static EngineRejection Invalid(string message) => new(RejectionCodes.ModificationInvalid, message);
}
