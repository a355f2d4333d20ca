using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Execution.Migration;

/// <summary>Moves one instance's state from its version to another along a validated plan (R84).</summary>
/// <remarks>
/// <para>
/// Atomic per instance: every check runs before anything changes, and a refusal returns the input state. What the
/// instance holds keeps its identity: element instance ids, task ids with their assignees, creation and due dates,
/// local variables, incidents and the due instants of mapped timers. Only element ids are rewritten.
/// </para>
/// <para>
/// Boundary timers whose boundary is not mapped close; timer boundaries that exist only in the target, on hosts that
/// are live after migration, are created with <c>now</c> as their creation instant. Task attributes are not
/// evaluated again. Message subscriptions follow the same rules (<see cref="SubscriptionMigration"/>); the host's
/// subscription index is a projection of the stored state, so it follows the migrated subscriptions by itself.
/// </para>
/// </remarks>
public static class InstanceMigrator
{
    public static MigrationOutcome Migrate(
        ProcessModel source, ProcessModel target, int targetVersion, IReadOnlyDictionary<string, string> mappings,
        InstanceState state, ImmutableSortedDictionary<string, JsonElement>? variables, string commandId, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(mappings);
        ArgumentNullException.ThrowIfNull(state);
        if (state.RecentCommands.Any(record => string.Equals(record.CommandId, commandId, StringComparison.Ordinal)))
        {
            return new MigrationOutcome(state, [], null, Replayed: true);
        }

        if (Refusal(source, target, mappings, state, variables) is { } problem)
        {
            return new MigrationOutcome(state, [], problem);
        }

        string Map(string elementId) => mappings[elementId];
        var effects = new List<EngineEffect>();
        var counter = state.Counter;
        var timers = new List<TimerInstance>();
        foreach (var timer in state.Timers)
        {
            if (mappings.TryGetValue(timer.ElementId, out var mapped))
            {
                timers.Add(timer with { ElementId = mapped });
            }
            else
            {
                effects.Add(new TimerCancelled(timer.TimerId, timer.ElementId));
            }
        }

        var elements = state.Elements.Select(e => e with { ElementId = Map(e.ElementId) }).ToImmutableList();

        // Timer boundaries new in the target, on live hosts that had no such boundary before.
        // Boundaries attach to a multi-instance body, never to its inner instances (R51).
        foreach (var host in elements.Where(e => e.State == ElementInstanceState.Waiting && e.LoopCounter is null))
        {
            foreach (var boundary in target.BoundaryEventsOf(host.ElementId))
            {
                var alreadyMapped = mappings.Values.Contains(boundary.Id, StringComparer.Ordinal);
                if (alreadyMapped || boundary.Definition is not TimerEventDefinition { Timer: { Literal: { } value } })
                {
                    continue;
                }

                counter++;
                var dueAt = TimerSchedule.NextDue(now, value, zone);
                var cycle = value as TimerCycle;
                var timer = new TimerInstance(
                    $"{state.InstanceId}:tm{counter.ToString(CultureInfo.InvariantCulture)}", TimerKind.Boundary, host.Id, boundary.Id,
                    dueAt, cycle?.Interval.ToString(), cycle?.Repetitions, null);
                timers.Add(timer);
                effects.Add(new TimerScheduled(timer.TimerId, boundary.Id, dueAt));
            }
        }

        var subscriptions = SubscriptionMigration.Migrate(target, mappings, state, elements, ref counter, effects);
        var scopes = state.Scopes.Select(s => s.ElementId is { } id ? s with { ElementId = Map(id) } : s).ToList();
        if (variables is not null)
        {
            var root = scopes.FindIndex(s => s.ParentId is null);
            scopes[root] = scopes[root] with { Variables = variables.Aggregate(scopes[root].Variables, (all, pair) => all.SetItem(pair.Key, pair.Value.Clone())) };
        }

        var migrated = state with
        {
            ProcessVersion = targetVersion,
            Counter = counter,
            Elements = elements,
            Scopes = [.. scopes],
            Tasks = [.. state.Tasks.Select(t => t with { ElementId = Map(t.ElementId) })],
            Timers = [.. timers],
            Jobs = [.. state.Jobs.Select(j => j with { ElementId = Map(j.ElementId) })],
            Incidents = [.. state.Incidents.Select(i => i with { ElementId = Map(i.ElementId) })],
            JoinArrivals = [.. state.JoinArrivals.Select(a => a with { GatewayId = Map(a.GatewayId) })],
            Calls = [.. state.Calls.Select(c => c with { ElementId = Map(c.ElementId) })],
            Subscriptions = subscriptions,
        };
        if (migrated.NextTimer() is { } next)
        {
            effects.Add(new WakeUpRequested(next.TimerId, next.DueAt));
        }

        var recorded = effects.ToImmutableList();
        return new MigrationOutcome(migrated with { RecentCommands = migrated.RecentCommands.Add(new CommandRecord(commandId, now, recorded)) }, recorded, null);
    }

    /// <summary>Why this instance cannot follow the plan (R84), or null.</summary>
    private static string? Refusal(
        ProcessModel source, ProcessModel target, IReadOnlyDictionary<string, string> mappings, InstanceState state,
        ImmutableSortedDictionary<string, JsonElement>? variables)
    {
        if (state.Status != InstanceStatus.Active)
        {
            return $"The instance is {state.Status.ToString().ToLowerInvariant()}; only active instances migrate.";
        }

        if (MigrationPlanner.Validate(source, target, mappings) is { Count: > 0 } planProblems)
        {
            return planProblems[0];
        }

        if (variables is not null && VariableRules.Problem(variables) is { } variableProblem)
        {
            return variableProblem;
        }

        if (state.Elements.FirstOrDefault(e => !mappings.ContainsKey(e.ElementId)) is { } unmapped)
        {
            return $"Element '{unmapped.ElementId}' holds a live token ({unmapped.State.ToString().ToLowerInvariant()}) and is not mapped.";
        }

        foreach (var join in state.JoinArrivals.GroupBy(a => (a.ScopeInstanceId, a.GatewayId)))
        {
            var gatewayId = join.Key.GatewayId;
            if (!mappings.TryGetValue(gatewayId, out var targetId))
            {
                return $"Join '{gatewayId}' holds arrivals and is not mapped.";
            }

            var targetFlows = target.Incoming(targetId).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            var missing = join.Select(a => a.FlowId).Where(flow => !targetFlows.Contains(flow)).ToList();
            if (target.GetNode(targetId) is not Gateway { GatewayType: var type } || type != ((Gateway)source.GetNode(gatewayId)).GatewayType
                || missing.Count > 0 || targetFlows.Count < source.Incoming(gatewayId).Count)
            {
                return $"Join '{gatewayId}' holds arrivals on {string.Join(", ", join.Select(a => $"'{a.FlowId}'"))}, which join '{targetId}' does not accept"
                    + (missing.Count > 0 ? $" (no incoming flow {string.Join(", ", missing.Select(f => $"'{f}'"))})." : ".");
            }
        }

        if (SubscriptionMigration.Refusal(source, target, mappings, state) is { } subscriptionProblem)
        {
            return subscriptionProblem;
        }

        foreach (var job in state.Jobs)
        {
            var targetTopic = (target.FindNode(mappings.GetValueOrDefault(job.ElementId) ?? string.Empty) as ServiceTask)?.Topic;
            if (!string.Equals(job.Topic, targetTopic, StringComparison.Ordinal))
            {
                return $"Service task '{job.ElementId}' has a job on topic '{job.Topic}'; its target has another topic.";
            }
        }

        return null;
    }
}
