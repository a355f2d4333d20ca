using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

/// <summary>Multi-instance activities (R48–R51).</summary>
/// <remarks>
/// <para>
/// The activity's element instance is the <em>body</em>: it owns a scope instance (its id, as a subprocess's) holding
/// the counters and a copy of the collection, and it carries the activity's boundary events, so a boundary timer is one
/// timer for the whole loop (R51). Each inner instance is an element instance of the same activity inside that scope,
/// marked by its <see cref="ElementInstance.LoopCounter"/>; it sees <c>loopCounter</c> and the element variable as locals.
/// Inner instances run the activity as usual (input and output mappings, task, job, call, subprocess) but never
/// attach boundaries and never take outgoing flows: leaving one reports back to the body instead.
/// </para>
/// <para>
/// Inner activations do not count towards the step limit (R3): the limit guards against loops without wait states,
/// and a parallel body of a thousand reviewers is neither.
/// </para>
/// </remarks>
internal sealed partial class Step
{
    private const string NrOfInstances = "nrOfInstances";
    private const string NrOfActiveInstances = "nrOfActiveInstances";
    private const string NrOfCompletedInstances = "nrOfCompletedInstances";

    /// <summary>R48: evaluates the loop once, attaches the boundaries to the body and starts the inner instances.</summary>
    private void ActivateBody(ElementInstance body, Activity activity, MultiInstanceCharacteristics characteristics)
    {
        if (!EvaluateLoop(body, characteristics, out var loop))
        {
            return;
        }

        if (loop.Count > _options.MultiInstanceLimit)
        {
            RaiseIncident(body, IncidentTypes.MultiInstanceLimit, $"'{activity.Id}' would create {loop.Count} inner instances; at most {_options.MultiInstanceLimit} are allowed.", FailedOperation.Activate);
            return;
        }

        if (PlanBoundaries(body, activity) is not { } boundaries)
        {
            return;
        }

        _scopes.Add(new ScopeInstance(body.Id, activity.Id, body.ScopeInstanceId, body.Variables) { Loop = loop });
        Replace(body with { State = ElementInstanceState.Waiting, Variables = ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal) });
        AttachBoundaries(body, boundaries);
        if (OutputCollectionName(activity) is { } collection)
        {
            SetScopeVariable(body.ScopeInstanceId, collection, JsonSerializer.SerializeToElement(new object?[loop.Count]));
        }

        var first = characteristics.IsSequential ? Math.Min(1, loop.Count) : loop.Count;
        for (var index = 0; index < first; index++)
        {
            StartInner(body, activity, index);
        }

        SyncLoopVariables(body.Id);
        if (loop.Count == 0)
        {
            CompleteBody(FindElement(body.Id)!);
        }
    }

    /// <summary>R48: <c>loopCardinality</c> as a non-negative integer, or <c>camunda:collection</c> as an array (copied).</summary>
    private bool EvaluateLoop(ElementInstance body, MultiInstanceCharacteristics characteristics, out MultiInstanceLoop loop)
    {
        loop = new MultiInstanceLoop(0, 0, 0, null);
        if (characteristics.Collection is { } collectionText)
        {
            var text = Workflows.Expressions.ExpressionText.ContainsExpression(collectionText) ? collectionText : $"${{{collectionText.Trim()}}}";
            if (EvaluateAttribute(body, "camunda:collection", text, FailedOperation.Activate) is not { } collection)
            {
                return false;
            }

            if (collection.Value.ValueKind != JsonValueKind.Array)
            {
                RaiseIncident(body, IncidentTypes.ExpressionError, $"camunda:collection of '{body.ElementId}' must give an array (got {Describe(collection.Value)}).", FailedOperation.Activate);
                return false;
            }

            var items = collection.Value.EnumerateArray().Select(item => item.Clone()).ToImmutableList();
            loop = new MultiInstanceLoop(items.Count, 0, 0, items);
            return true;
        }

        var cardinalityText = characteristics.LoopCardinality ?? "0";
        var cardinality = Workflows.Expressions.ExpressionText.ContainsExpression(cardinalityText)
            ? EvaluateAttribute(body, "loopCardinality", cardinalityText, FailedOperation.Activate)?.Value
            : JsonSerializer.SerializeToElement(cardinalityText.Trim());
        if (cardinality is not { } value)
        {
            return false;
        }

        if (!TryCount(value, out var count))
        {
            RaiseIncident(body, IncidentTypes.ExpressionError, $"loopCardinality of '{body.ElementId}' must be a non-negative integer (got {Describe(value)}).", FailedOperation.Activate);
            return false;
        }

        loop = new MultiInstanceLoop(count, 0, 0, null);
        return true;
    }

    private static bool TryCount(JsonElement value, out int count)
    {
        count = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt32(out count) && count >= 0,
            JsonValueKind.String => int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out count),
            _ => false,
        };
    }

    /// <summary>Creates inner instance <paramref name="index"/> and queues its activation (R49).</summary>
    private void StartInner(ElementInstance body, Activity activity, int index)
    {
        var inner = CreateElement(activity, body.Id) with { LoopCounter = index };
        Replace(inner);
        UpdateLoop(body.Id, loop => loop with { Next = index + 1 });
        _queue.Enqueue(new WorkItem(WorkKind.Activate, inner.Id));
    }

    /// <summary>R50, R48: an inner instance is done; the body starts the next one, stops early or completes.</summary>
    /// <remarks>
    /// The completion condition sees the counters as they are after this completion. Nothing is written until it has
    /// evaluated, so an expression failure parks the inner instance with the loop untouched and a retry counts once.
    /// </remarks>
    private void FinishInner(ElementInstance inner)
    {
        var body = FindElement(inner.ScopeInstanceId)!;
        var loop = FindScope(body.Id)!.Loop!;
        var characteristics = ((Activity)_model.GetNode(body.ElementId)).MultiInstance!;
        var completed = loop.Completed + 1;
        var stopEarly = false;
        if (characteristics.CompletionCondition is { } condition)
        {
            var probe = inner with
            {
                Variables = inner.Variables
                    .SetItem(NrOfCompletedInstances, JsonSerializer.SerializeToElement(completed))
                    .SetItem(NrOfActiveInstances, JsonSerializer.SerializeToElement(LiveInners(body.Id).Count - 1)),
            };
            if (EvaluateAttribute(probe, "completionCondition", condition, FailedOperation.Leave) is not { } result)
            {
                return;
            }

            if (result.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                RaiseIncident(inner, IncidentTypes.ExpressionError, $"completionCondition of '{body.ElementId}' is not boolean (got {Describe(result.Value)}).", FailedOperation.Leave);
                return;
            }

            stopEarly = result.Value.ValueKind == JsonValueKind.True;
        }

        EndElement(inner);
        UpdateLoop(body.Id, current => current with { Completed = completed });
        if (stopEarly)
        {
            // R50: the rest are cancelled (not completed); a sequential body simply never starts its remaining indexes.
            CancelTree(LiveInners(body.Id));
        }
        else if (characteristics.IsSequential && loop.Next < loop.Count)
        {
            StartInner(body, (Activity)_model.GetNode(body.ElementId), loop.Next);
        }

        SyncLoopVariables(body.Id);
        if (LiveInners(body.Id).Count == 0)
        {
            CompleteBody(body);
        }
    }

    /// <summary>The body completes once: no output mappings of its own (they ran per inner instance), then its flows.</summary>
    private void CompleteBody(ElementInstance body)
    {
        RecordCompletedUserTask(body);
        Proceed(body);
    }

    /// <summary>R51: stores the completing inner instance's <c>caseflow.outputElement</c> at its index of the collection.</summary>
    /// <remarks>Runs before the inner instance's attachments go, so a subprocess's locals are still readable.</remarks>
    private bool CollectOutput(ElementInstance inner)
    {
        var activity = (Activity)_model.GetNode(inner.ElementId);
        if (OutputCollectionName(activity) is not { } name)
        {
            return true;
        }

        JsonNode? value = null;
        if (activity.Property("caseflow.outputElement") is { } expression)
        {
            if (EvaluateAttribute(inner, "caseflow.outputElement", expression, FailedOperation.Complete) is not { } result)
            {
                return false;
            }

            value = JsonNode.Parse(result.Value.GetRawText());
        }

        var body = FindElement(inner.ScopeInstanceId)!;
        var count = FindScope(body.Id)!.Loop!.Count;
        var parent = FindScope(body.ScopeInstanceId)!;
        var array = parent.Variables.TryGetValue(name, out var current) && current.ValueKind == JsonValueKind.Array && current.GetArrayLength() == count
            ? JsonNode.Parse(current.GetRawText())!.AsArray()
            : new JsonArray([.. Enumerable.Repeat<JsonNode?>(null, count)]);
        array[inner.LoopCounter!.Value] = value;
        SetScopeVariable(parent.Id, name, JsonSerializer.SerializeToElement(array));
        return true;
    }

    /// <summary>After a modification cancelled inner instances: a body left without any is cancelled too, else its counters follow.</summary>
    private void SettleBodies(IEnumerable<string> bodyIds)
    {
        foreach (var bodyId in bodyIds.Distinct(StringComparer.Ordinal))
        {
            if (FindElement(bodyId) is not { } body)
            {
                continue;
            }

            if (LiveInners(bodyId).Count == 0)
            {
                CancelTree([body]);
            }
            else
            {
                SyncLoopVariables(bodyId);
            }
        }
    }

    private static string? OutputCollectionName(FlowNode activity) =>
        activity.Property("caseflow.outputCollection")?.Trim() is { Length: > 0 } name ? name : null;

    private List<ElementInstance> LiveInners(string bodyId) =>
        [.. _elements.Where(element => element.LoopCounter is not null && string.Equals(element.ScopeInstanceId, bodyId, StringComparison.Ordinal))];

    private void UpdateLoop(string bodyId, Func<MultiInstanceLoop, MultiInstanceLoop> change)
    {
        var index = _scopes.FindIndex(scope => string.Equals(scope.Id, bodyId, StringComparison.Ordinal));
        _scopes[index] = _scopes[index] with { Loop = change(_scopes[index].Loop!) };
    }

    /// <summary>R49: mirrors the counters into the body scope, in the step in which they change.</summary>
    private void SyncLoopVariables(string bodyId)
    {
        var loop = FindScope(bodyId)!.Loop!;
        SetScopeVariable(bodyId, NrOfInstances, JsonSerializer.SerializeToElement(loop.Count));
        SetScopeVariable(bodyId, NrOfActiveInstances, JsonSerializer.SerializeToElement(LiveInners(bodyId).Count));
        SetScopeVariable(bodyId, NrOfCompletedInstances, JsonSerializer.SerializeToElement(loop.Completed));
    }
}
