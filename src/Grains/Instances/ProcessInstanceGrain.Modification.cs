using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Execution.Commands;

namespace CaseFlow.Grains.Instances;

/// <summary>Operator modification (R73): one engine step, recorded in the history with actor, moves and reason.</summary>
internal sealed partial class ProcessInstanceGrain
{
    Task<ProcessInstanceResult> IProcessInstanceGrain.ModifyAsync(
        ImmutableArray<ModificationStep> steps, string? variablesJson, string actor, string? reason, string commandId)
    {
        if (!InstanceVariables.TryParse(variablesJson, out var variables, out var error))
        {
            return Task.FromResult(Refuse("modify", error!));
        }

        var instructions = steps.IsDefault
            ? []
            : steps.Select(s => new ModificationInstruction(s.Kind, s.ElementId, s.ElementInstanceId, s.ViaFlow, s.ScopeInstanceId)).ToImmutableList();
        return CommandAsync(new ModifyInstance(commandId, instructions, variables, actor, reason));
    }
}
