using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.Expressions;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

/// <summary>One step in progress: a mutable working copy of the instance state, discarded if the step fails.</summary>
/// <remarks>
/// <para>
/// R1 falls out of the design: the input <see cref="InstanceState"/> is never touched; the step copies it into
/// mutable lists, works on those, and <see cref="Freeze"/> builds the new immutable state only when the command
/// succeeded. A rejection or an exception simply drops the copy.
/// </para>
/// <para>
/// Tokens advance through a FIFO queue of work items (R2). Element instances are created when a flow is taken, so the
/// queue order is creation order; a split appends its targets in the XML order of its flows.
/// </para>
/// </remarks>
internal sealed partial class Step
{
    private readonly ProcessModel _model;
    private readonly ExecutionPlan _plan;
    private readonly EngineOptions _options;
    private readonly ExpressionEvaluator _evaluator;
    private readonly DateTimeOffset _now;
    private readonly InstanceState _original;

    private readonly List<ElementInstance> _elements;
    private readonly List<ScopeInstance> _scopes;
    private readonly List<UserTaskInstance> _tasks;
    private readonly List<TimerInstance> _timers;
    private readonly List<JobInstance> _jobs;
    private readonly List<Incident> _incidents;
    private readonly List<MessageSubscription> _subscriptions;
    private readonly List<CallInstance> _calls;
    private readonly Dictionary<(string Scope, string Gateway, string Flow), int> _arrivals = [];
    private readonly List<EngineEffect> _effects = [];
    private readonly Queue<WorkItem> _queue = new();

    private long _counter;
    private int _activations;
    private InstanceStatus _status;
    private string? _businessKey;
    private string? _initiator;
    private DateTimeOffset? _startedAt;
    private DateTimeOffset? _endedAt;

    public Step(ProcessModel model, ExecutionPlan plan, InstanceState state, EngineOptions options, ExpressionEvaluator evaluator, DateTimeOffset now)
    {
        _model = model;
        _plan = plan;
        _options = options;
        _evaluator = evaluator;
        _now = now;
        _original = state;
        _elements = [.. state.Elements];
        _scopes = [.. state.Scopes];
        _tasks = [.. state.Tasks];
        _timers = [.. state.Timers];
        _jobs = [.. state.Jobs];
        _incidents = [.. state.Incidents];
        _subscriptions = [.. state.Subscriptions];
        _calls = [.. state.Calls];
        foreach (var arrival in state.JoinArrivals)
        {
            _arrivals[(arrival.ScopeInstanceId, arrival.GatewayId, arrival.FlowId)] = arrival.Count;
        }

        _counter = state.Counter;
        _status = state.Status;
        _businessKey = state.BusinessKey;
        _initiator = state.Initiator;
        _startedAt = state.StartedAt;
        _endedAt = state.EndedAt;
    }

    /// <summary>The effects so far, in the order they happened.</summary>
    public IReadOnlyList<EngineEffect> Effects => _effects;

    private string InstanceId => _original.InstanceId;

    /// <summary>Runs the command; null when accepted, else the rejection (and the step is discarded).</summary>
    public EngineRejection? Run(EngineCommand command)
    {
        var rejection = command switch
        {
            StartInstance start => Start(start),
            CompleteTask complete => CompleteTask(complete),
            TimerDue due => TimerDue(due),
            CompleteJob complete => CompleteJob(complete),
            FailJob fail => FailJob(fail),
            RetryIncident retry => RetryIncident(retry),
            CancelInstance cancel => Cancel(cancel),
            Continue resume => Continue(resume),
            LockJob lockJob => LockJob(lockJob),
            ExtendJobLock extend => ExtendJobLock(extend),
            ModifyInstance modify => Modify(modify),
            ClaimTask claim => Claim(claim),
            UnclaimTask unclaim => Unclaim(unclaim),
            AssignTask assign => Assign(assign),
            DelegateTask delegation => Delegate(delegation),
            ResolveTask resolve => Resolve(resolve),
            SetTaskDueDate due => SetDueDate(due),
            SetTaskFollowUpDate followUp => SetFollowUpDate(followUp),
            SetTaskPriority priority => SetPriority(priority),
            ReturnTask back => Return(back),
            ThrowJobError error => ThrowJobError(error),
            RaiseTaskError error => RaiseTaskError(error),
            EscalateTask escalate => EscalateTask(escalate),
            CorrelateMessage correlate => CorrelateMessage(correlate),
            CompleteCall complete => CompleteCall(complete),
            FailCall fail => FailCall(fail),
            ThrowCallError error => ThrowCallError(error),
            ThrowCallEscalation escalation => ThrowCallEscalation(escalation),
            _ => new EngineRejection(RejectionCodes.EngineFault, $"Unknown command {command.GetType().Name}."),
        };
        if (rejection is not null)
        {
            return rejection;
        }

        Drain();
        if (command is ModifyInstance modification)
        {
            EndIfModifiedEmpty(modification);
        }

        if (VariableRules.TotalProblem([.. _scopes.Select(scope => scope.Variables), .. _elements.Select(element => element.Variables)]) is { } total)
        {
            // R69: discarding the whole step keeps the instance exactly as it was.
            return new EngineRejection(RejectionCodes.VariableInvalid, total);
        }

        RequestWakeUp(command is TimerDue);
        return null;
    }

    /// <summary>The new immutable state, with <paramref name="record"/> appended to the recent commands (R5).</summary>
    public InstanceState Freeze(CommandRecord record)
    {
        var recent = _original.RecentCommands.Add(record);
        var keepFrom = Math.Max(0, recent.Count - _options.CommandRetentionCount);
        var horizon = _now - _options.CommandRetentionAge;
        recent = [.. recent.Where((entry, index) => index >= keepFrom || entry.ExecutedAt >= horizon)];

        return _original with
        {
            BusinessKey = _businessKey,
            Initiator = _initiator,
            Status = _status,
            StartedAt = _startedAt,
            EndedAt = _endedAt,
            Counter = _counter,
            Elements = [.. _elements.OrderBy(element => element.Sequence).Select(element => element with { Variables = Ordinal(element.Variables) })],
            Scopes = [.. _scopes.Select(scope => scope with { Variables = Ordinal(scope.Variables) })],
            Tasks = [.. _tasks],
            Timers = [.. _timers],
            Jobs = [.. _jobs],
            Incidents = [.. _incidents],
            Subscriptions = [.. _subscriptions],
            Calls = [.. _calls],
            JoinArrivals = [.. _arrivals
                .Where(pair => pair.Value > 0)
                .Select(pair => new JoinArrival(pair.Key.Scope, pair.Key.Gateway, pair.Key.Flow, pair.Value))
                .OrderBy(arrival => arrival.ScopeInstanceId, StringComparer.Ordinal)
                .ThenBy(arrival => arrival.GatewayId, StringComparer.Ordinal)
                .ThenBy(arrival => arrival.FlowId, StringComparer.Ordinal)],
            RecentCommands = recent,
        };
    }

    private static ImmutableSortedDictionary<string, JsonElement> Ordinal(ImmutableSortedDictionary<string, JsonElement> variables) =>
        ReferenceEquals(variables.KeyComparer, StringComparer.Ordinal) ? variables : variables.WithComparers(StringComparer.Ordinal);

    private string NextId(string prefix)
    {
        _counter++;
        return $"{InstanceId}:{prefix}{_counter.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private void Emit(EngineEffect effect) => _effects.Add(effect);
}
