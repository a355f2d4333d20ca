using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution.Expressions;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Execution;

/// <summary>Plans the timer start events of a process version at publish (R32, R37).</summary>
/// <remarks>
/// A start timer has no instance and so no variables: an expression sees only the built-in functions, evaluated at
/// the publish instant. A value that cannot be planned is an error the publish reports, because a start timer that
/// silently never fires is the failure R37 exists to prevent.
/// </remarks>
public static class StartTimerPlanner
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoVariables = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>One plan per top-level timer start event in document order, or the reasons some could not be planned.</summary>
    public static (ImmutableArray<StartTimerPlan> Plans, ImmutableArray<StartTimerProblem> Errors) Plan(ProcessModel model, DateTimeOffset now, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var plans = ImmutableArray.CreateBuilder<StartTimerPlan>();
        var errors = ImmutableArray.CreateBuilder<StartTimerProblem>();
        foreach (var start in model.NodesInScope(null).OfType<StartEvent>())
        {
            if (start.Definition is not TimerEventDefinition { Timer: { } spec })
            {
                continue;
            }

            var (value, instant, error) = Evaluate(spec, start.Id, now, options);
            if (error is not null)
            {
                errors.Add(new StartTimerProblem(start.Id, $"Timer start event '{start.Id}': {error}."));
                continue;
            }

            var dueAt = instant ?? TimerSchedule.NextDue(now, value!, options.TimeZone);
            plans.Add(value is TimerCycle cycle
                ? new StartTimerPlan(start.Id, dueAt, cycle.Interval.ToString(), cycle.Repetitions)
                : new StartTimerPlan(start.Id, dueAt, null, null));
        }

        return (plans.ToImmutable(), errors.ToImmutable());
    }

    private static (TimerValue? Value, DateTimeOffset? Instant, string? Error) Evaluate(TimerSpec spec, string elementId, DateTimeOffset now, EngineOptions options)
    {
        if (!spec.IsExpression)
        {
            return spec.Literal is { } literal ? (literal, null, null) : (null, null, "the timer value is invalid");
        }

        var result = new ExpressionEvaluator(options).Evaluate(spec.Text, new ExpressionScope(NoVariables, string.Empty, null, elementId), now);
        if (!result.Succeeded)
        {
            return (null, null, result.Error);
        }

        if (result.Instant is { } at && spec.Type == TimerType.Date)
        {
            return (null, at, null);
        }

        var parsed = IsoTimerParser.Parse(spec.Type, result.AsText() ?? string.Empty);
        return parsed.Success ? (parsed.Value, null, null) : (null, null, "the timer value is invalid: " + parsed.Error);
    }
}
