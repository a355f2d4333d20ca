using System.Collections.Immutable;
using System.Globalization;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution.Migration;

/// <summary>Message subscriptions across a migration (R52, R84), as <see cref="InstanceMigrator"/> treats boundary timers.</summary>
/// <remarks>
/// <para>
/// A subscription whose catching element is mapped keeps its id and owner and takes the target element id. Its name
/// becomes the target's when the target names a literal message, so a correlation by the name the target shows reaches
/// it; a target name given as an expression keeps the name evaluated at activation, since attributes are not evaluated
/// again. A subscription of an unmapped boundary closes. An event-based gateway's target events are not element
/// instances, so the plan need not map them for the gateway to pass; an unmapped target with an open subscription
/// refuses the instance rather than silently drop one of the gateway's ways out.
/// </para>
/// <para>
/// A message boundary that exists only in the target opens on each live (waiting) host when its name is a literal. An
/// expression name would have to be evaluated in the host's scope, which only a step can do, so such a boundary refuses
/// the instance: map a source boundary onto it, or migrate once the host has ended.
/// </para>
/// </remarks>
internal static class SubscriptionMigration
{
    /// <summary>Why the instance's subscriptions cannot follow the plan, or null.</summary>
    public static string? Refusal(ProcessModel source, ProcessModel target, IReadOnlyDictionary<string, string> mappings, InstanceState state)
    {
        foreach (var subscription in state.Subscriptions.Where(s => !mappings.ContainsKey(s.ElementId)))
        {
            if (source.FindNode(subscription.ElementId) is not BoundaryEvent)
            {
                var gateway = state.Elements.FirstOrDefault(e => e.Id == subscription.ElementInstanceId)?.ElementId;
                return $"Event '{subscription.ElementId}' waits for message '{subscription.MessageName}' as a target of event-based gateway '{gateway}' and is not mapped.";
            }
        }

        foreach (var (host, boundary, _) in NewBoundaries(target, mappings, state.Elements, map: true))
        {
            if (LiteralName(target, boundary.Definition as MessageEventDefinition) is null)
            {
                return $"Message boundary '{boundary.Id}' is new in the target on live element '{host.ElementId}' and names its message by an expression, "
                    + "which migration cannot evaluate; map a source boundary onto it, or migrate the instance after that element has ended.";
            }
        }

        return null;
    }

    /// <summary>The subscriptions on the target version; <paramref name="elements"/> already carry target element ids.</summary>
    public static ImmutableList<MessageSubscription> Migrate(
        ProcessModel target, IReadOnlyDictionary<string, string> mappings, InstanceState state, IReadOnlyList<ElementInstance> elements,
        ref long counter, List<EngineEffect> effects)
    {
        var subscriptions = new List<MessageSubscription>();
        foreach (var subscription in state.Subscriptions)
        {
            if (mappings.TryGetValue(subscription.ElementId, out var mapped))
            {
                var name = LiteralName(target, MessageOf(target.FindNode(mapped))) ?? subscription.MessageName;
                subscriptions.Add(subscription with { ElementId = mapped, MessageName = name });
            }
            else
            {
                effects.Add(new MessageSubscriptionClosed(subscription.SubscriptionId, subscription.ElementId, subscription.MessageName));
            }
        }

        foreach (var (host, boundary, name) in NewBoundaries(target, mappings, elements, map: false))
        {
            counter++;
            var opened = new MessageSubscription($"{state.InstanceId}:m{counter.ToString(CultureInfo.InvariantCulture)}", host.Id, boundary.Id, name!);
            subscriptions.Add(opened);
            effects.Add(new MessageSubscriptionOpened(opened.SubscriptionId, boundary.Id, name!));
        }

        return [.. subscriptions];
    }

    /// <summary>
    /// Message boundaries of the target that no source boundary maps onto, on hosts that wait, with the literal name
    /// if any; <c>map</c> is true when the elements still carry source element ids.
    /// </summary>
    private static IEnumerable<(ElementInstance Host, BoundaryEvent Boundary, string? Name)> NewBoundaries(
        ProcessModel target, IReadOnlyDictionary<string, string> mappings, IEnumerable<ElementInstance> elements, bool map)
    {
        // Boundaries attach to a multi-instance body, never to its inner instances (R51).
        foreach (var host in elements.Where(e => e.State == ElementInstanceState.Waiting && e.LoopCounter is null))
        {
            var hostId = map ? mappings.GetValueOrDefault(host.ElementId) : host.ElementId;
            foreach (var boundary in hostId is null ? [] : target.BoundaryEventsOf(hostId))
            {
                if (boundary.Definition is MessageEventDefinition definition && !mappings.Values.Contains(boundary.Id, StringComparer.Ordinal))
                {
                    yield return (host, boundary, LiteralName(target, definition));
                }
            }
        }
    }

    private static string? MessageOf(FlowNode? node) => node switch
    {
        ReceiveTask receive => receive.MessageRef,
        EventNode { Definition: MessageEventDefinition definition } => definition.MessageRef,
        _ => null,
    };

    private static string? LiteralName(ProcessModel target, MessageEventDefinition? definition) => LiteralName(target, definition?.MessageRef);

    private static string? LiteralName(ProcessModel target, string? messageRef) =>
        target.FindMessage(messageRef)?.Name is { Length: > 0 } name && !ExpressionText.ContainsExpression(name) ? name : null;
}
