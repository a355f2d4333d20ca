using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Execution.Commands;

namespace CaseFlow.Grains.Instances;

/// <summary>External workers' commands (R62): lock, extend, complete and fail, each one engine step.</summary>
/// <remarks>The lock is part of the engine state, so it survives restarts and the instance alone decides who holds it.</remarks>
internal sealed partial class ProcessInstanceGrain
{
    Task<ProcessInstanceResult> IProcessInstanceGrain.LockJobAsync(string jobId, string workerId, TimeSpan lockDuration, string commandId) =>
        CommandAsync(new LockJob(commandId, jobId, workerId, lockDuration));

    Task<ProcessInstanceResult> IProcessInstanceGrain.ExtendJobLockAsync(string jobId, string workerId, TimeSpan lockDuration, string commandId) =>
        CommandAsync(new ExtendJobLock(commandId, jobId, workerId, lockDuration));

    Task<ProcessInstanceResult> IProcessInstanceGrain.CompleteExternalJobAsync(string jobId, string workerId, string? variablesJson, string commandId) =>
        InstanceVariables.TryParse(variablesJson, out var variables, out var error)
            ? CommandAsync(new CompleteJob(commandId, jobId, variables, workerId))
            : Task.FromResult(Refuse("completeJob", error!));

    Task<ProcessInstanceResult> IProcessInstanceGrain.FailExternalJobAsync(string jobId, string workerId, string errorMessage, int? retries, TimeSpan? retryTimeout, string commandId) =>
        CommandAsync(new FailJob(commandId, jobId, errorMessage, retries, retryTimeout, workerId));
}
