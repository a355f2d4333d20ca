using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Execution.Commands;

namespace CaseFlow.Grains.Instances;

/// <summary>BPMN errors, escalations and messages: each is one engine command, so one step and one write.</summary>
internal sealed partial class ProcessInstanceGrain
{
    Task<ProcessInstanceResult> IProcessInstanceGrain.ThrowJobErrorAsync(string jobId, string errorCode, string? errorMessage, string? variablesJson, string commandId) =>
        InstanceVariables.TryParse(variablesJson, out var variables, out var error)
            ? CommandAsync(new ThrowJobError(commandId, jobId, errorCode, errorMessage, variables))
            : Task.FromResult(Refuse("throwJobError", error!));

    Task<ProcessInstanceResult> IProcessInstanceGrain.RaiseTaskErrorAsync(string taskId, string errorCode, string? errorMessage, string actor, string commandId) =>
        CommandAsync(new RaiseTaskError(commandId, taskId, errorCode, errorMessage, actor));

    Task<ProcessInstanceResult> IProcessInstanceGrain.EscalateTaskAsync(string taskId, string escalationCode, string actor, string commandId) =>
        CommandAsync(new EscalateTask(commandId, taskId, escalationCode, actor));

    Task<ProcessInstanceResult> IProcessInstanceGrain.CorrelateMessageAsync(string messageName, string? variablesJson, string messageId) =>
        InstanceVariables.TryParse(variablesJson, out var variables, out var error)
            ? CommandAsync(new CorrelateMessage(messageId, messageName, variables))
            : Task.FromResult(Refuse("correlateMessage", error!));
}
