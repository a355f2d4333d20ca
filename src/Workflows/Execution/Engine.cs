using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.Expressions;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

/// <summary>The pure BPMN execution engine: <c>Execute(model, state, command, now) → (state', effects)</c>.</summary>
/// <remarks>
/// <para>
/// The engine holds configuration and per-model caches only; all instance data travels in <see cref="InstanceState"/>.
/// It reads no clock (time is <c>now</c>), draws no random numbers and iterates in document or creation order, so the
/// same inputs give byte-identical outputs (R4). One engine may serve many instances concurrently.
/// </para>
/// <para>
/// Order of checks: a repeated command id replays the recorded outcome first (R5), even on an ended instance; then an
/// ended instance turns timer wake-ups into silent no-ops, service results into <c>JobNotActive</c> and everything
/// else into <c>InstanceNotActive</c> (R7); then the command runs. Any exception inside becomes an <c>EngineFault</c>
/// rejection with the input state returned untouched (R1).
/// </para>
/// </remarks>
public sealed class Engine
{
    private readonly EngineOptions _options;
    private readonly ExpressionEvaluator _evaluator;
    private readonly ConditionalWeakTable<ProcessModel, ExecutionPlan> _plans = [];

    /// <summary>Creates an engine with the given options (defaults of BPMN.md when null).</summary>
    public Engine(EngineOptions? options = null)
    {
        _options = options ?? EngineOptions.Default;
        _evaluator = new ExpressionEvaluator(_options);
    }

    /// <summary>Runs one command against one instance.</summary>
    /// <param name="model">The validated model of the instance's version.</param>
    /// <param name="state">The current state; never modified.</param>
    /// <param name="command">The command.</param>
    /// <param name="now">The only clock the engine sees.</param>
    public EngineResult Execute(ProcessModel model, InstanceState state, EngineCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);

        if (state.RecentCommands.FirstOrDefault(record => string.Equals(record.CommandId, command.CommandId, StringComparison.Ordinal)) is { } recorded)
        {
            return new EngineResult(state, [], null, recorded);
        }

        if (!string.Equals(model.Key, state.ProcessKey, StringComparison.Ordinal))
        {
            return Reject(state, RejectionCodes.ProcessMismatch, $"The model '{model.Key}' is not the instance's process '{state.ProcessKey}'.");
        }

        if (state.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
        {
            return command switch
            {
                TimerDue => new EngineResult(state, [], null, null),
                CompleteJob or FailJob or ThrowJobError or LockJob or ExtendJobLock => Reject(state, RejectionCodes.JobNotActive, "The instance has ended; its jobs are no longer active."),
                CorrelateMessage => Reject(state, RejectionCodes.MessageNotCorrelated, "The instance has ended; it waits for no message."),
                _ => Reject(state, RejectionCodes.InstanceNotActive, $"The instance is {state.Status.ToString().ToLowerInvariant()}."),
            };
        }

        if (state.Status == InstanceStatus.Created && command is not StartInstance)
        {
            return Reject(state, RejectionCodes.InstanceNotActive, "The instance has not been started.");
        }

        try
        {
            var step = new Step(model, _plans.GetValue(model, static key => new ExecutionPlan(key)), state, _options, _evaluator, now);
            if (step.Run(command) is { } rejection)
            {
                return new EngineResult(state, [], rejection, null);
            }

            var effects = step.Effects.ToImmutableList();
            var newState = step.Freeze(new CommandRecord(command.CommandId, now, effects));
            return new EngineResult(newState, effects, null, null);
        }
#pragma warning disable CA1031 // R1: an internal fault rejects the command and never stops the node.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Reject(state, RejectionCodes.EngineFault, $"Internal engine fault ({exception.GetType().Name}); the instance is unchanged.");
        }
    }

    private static EngineResult Reject(InstanceState state, string code, string message) =>
        new(state, ImmutableList<EngineEffect>.Empty, new EngineRejection(code, message), null);
}
