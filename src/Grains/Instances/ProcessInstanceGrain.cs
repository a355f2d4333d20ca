using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Instances.Listeners;
using CaseFlow.Grains.Messages;
using CaseFlow.Grains.Storage;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.Instances;

/// <summary>The thin adapter between Orleans and the pure engine for one process instance.</summary>
/// <remarks>
/// Each command is one engine step and one state write; the grain is not reentrant, so steps of one instance never
/// interleave (R1) and two completions of one task are serialised, the second finding the task gone (R59).
/// Timers, continuations and in-process service jobs are driven from the stored state, not from memory, so a
/// restart or a move between nodes picks them up where the last committed step left them (R34, R66).
/// </remarks>
[GrainType("process-instance")]
internal sealed partial class ProcessInstanceGrain(
    [PersistentState(ProcessInstanceState.StateName, StorageNames.Default)] IPersistentState<ProcessInstanceState> state,
    Engine engine,
    ServiceTaskHandlers handlers,
    TaskListenerHandlers listeners,
    ProcessModelCache models,
    IOptions<ReminderOptions> reminderOptions,
    IOptions<MessageBufferingOptions> bufferingOptions,
    IBufferedMessageStore bufferedMessages,
    TimeProvider time,
    ILogger<ProcessInstanceGrain> logger) : Grain, IProcessInstanceGrain, IProcessInstanceFollowUps, IProcessInstanceCalls, IRemindable
{
    private string InstanceId => this.GetPrimaryKeyString();

    private InstanceState? Instance => state.State.Instance;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken).ConfigureAwait(true);

        // R34: after a restart or a move the wake-up is re-registered from the stored timers; R66: continuations and
        // handler jobs that were committed but not yet run are picked up again. A grain never started has no reminder
        // (one is only registered after a state write), so a start skips the reminder-table read.
        if (Instance is null)
        {
            (_wakeKnown, _wakeAt) = (true, null);
        }
        else
        {
            await AlignWakeUpAsync().ConfigureAwait(true);
        }

        ScheduleFollowUps();
    }

    async Task<ProcessInstanceResult> IProcessInstanceGrain.StartAsync(StartProcessInstance command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Instance is { } existing)
        {
            // A repeated start (same command id) is the caller retrying after a lost answer: report the instance.
            return existing.RecentCommands.Any(r => string.Equals(r.CommandId, command.CommandId, StringComparison.Ordinal))
                ? ProcessInstanceResult.Ok(InstanceViews.From(state.State))
                : Refuse("start", InstanceErrorCodes.InstanceAlreadyStarted, "An instance was already started with this id.");
        }

        if (!InstanceVariables.TryParse(command.VariablesJson, out var variables, out var variableError))
        {
            return Refuse("start", variableError!);
        }

        var (version, versionError) = await ResolveStartVersionAsync(command.ProcessKey, command.Version).ConfigureAwait(true);
        if (versionError is not null)
        {
            return Refuse("start", versionError);
        }

        var (model, modelError) = await LoadModelAsync(command.ProcessKey, version).ConfigureAwait(true);
        if (model is null)
        {
            return Refuse("start", modelError!);
        }

        var initial = InstanceState.Create(InstanceId, command.ProcessKey, version) with { HasCaller = command.ParentInstanceId is not null };
        var links = new ProcessInstanceState
        {
            PersonId = command.PersonId, PetitionId = command.PetitionId, JurisdictionCode = command.JurisdictionCode,
            ParentInstanceId = command.ParentInstanceId, CallDepth = command.CallDepth,
        };
        var start = new StartInstance(command.CommandId, variables, command.BusinessKey, command.Actor, command.StartEventId);
        var result = await StepAsync(model, initial, links, start).ConfigureAwait(true);
        if (result.Error is null)
        {
            InstancesLog.Started(logger, InstanceId, command.ProcessKey, version, command.Actor);
        }

        return result;
    }

    Task<ProcessInstanceResult> IProcessInstanceGrain.GetAsync() =>
        Task.FromResult(Instance is null ? ProcessInstanceResult.Fail(NotFound()) : ProcessInstanceResult.Ok(InstanceViews.From(state.State)));

    Task<InstanceHistoryResult> IProcessInstanceGrain.GetHistoryAsync() =>
        Task.FromResult(Instance is null ? new InstanceHistoryResult([], NotFound()) : new InstanceHistoryResult([.. state.State.History], null));

    async Task<ProcessInstanceResult> IProcessInstanceGrain.CompleteTaskAsync(string taskId, string? variablesJson, string actor, string commandId)
    {
        if (!InstanceVariables.TryParse(variablesJson, out var variables, out var error))
        {
            return Refuse("completeTask", error!);
        }

        // An operator completing on someone's behalf fills in the same form: the process after it relies on those values.
        return await FormProblemAsync(taskId, variables, commandId).ConfigureAwait(true) is { } problem
            ? Refuse("completeTask", problem)
            : await CommandAsync(new CompleteTask(commandId, taskId, variables, actor)).ConfigureAwait(true);
    }

    Task<ProcessInstanceResult> IProcessInstanceGrain.RetryIncidentAsync(string incidentId, string? variablesJson, string actor, string commandId) =>
        InstanceVariables.TryParse(variablesJson, out var variables, out var error)
            ? CommandAsync(new RetryIncident(commandId, incidentId, variables, actor))
            : Task.FromResult(Refuse("retryIncident", error!));

    Task<ProcessInstanceResult> IProcessInstanceGrain.CancelAsync(string reason, string actor, string commandId) =>
        string.IsNullOrWhiteSpace(reason)
            ? Task.FromResult(Refuse("cancel", InstanceErrorCodes.ReasonRequired, "A reason is required to cancel an instance."))
            : CommandAsync(new CancelInstance(commandId, reason, actor));

    Task<ProcessInstanceResult> IProcessInstanceGrain.CompleteJobAsync(string jobId, string? variablesJson, string commandId) =>
        InstanceVariables.TryParse(variablesJson, out var variables, out var error)
            ? CommandAsync(new CompleteJob(commandId, jobId, variables))
            : Task.FromResult(Refuse("completeJob", error!));

    Task<ProcessInstanceResult> IProcessInstanceGrain.FailJobAsync(string jobId, string errorMessage, int? retries, TimeSpan? retryTimeout, string commandId) =>
        CommandAsync(new FailJob(commandId, jobId, errorMessage, retries, retryTimeout));

    /// <summary>Runs a caller's command on a started instance.</summary>
    private async Task<ProcessInstanceResult> CommandAsync(EngineCommand command)
    {
        if (Instance is not { } current)
        {
            return ProcessInstanceResult.Fail(NotFound());
        }

        var (model, modelError) = await LoadModelAsync(current.ProcessKey, current.ProcessVersion).ConfigureAwait(true);
        return model is null
            ? Refuse(CommandName(command), modelError!)
            : await StepAsync(model, current, state.State, command).ConfigureAwait(true);
    }

    private ProcessInstanceResult Refuse(string command, string code, string message) =>
        Refuse(command, DomainError.Simple(code, message));

    private ProcessInstanceResult Refuse(string command, DomainError error)
    {
        InstancesLog.Rejected(logger, InstanceId, command, error.Code);
        return ProcessInstanceResult.Fail(error);
    }

    private static string CommandName(EngineCommand command) => command.GetType().Name;

    private static DomainError NotFound() =>
        DomainError.Simple(InstanceErrorCodes.InstanceNotFound, "No instance was started with this id.");
}
