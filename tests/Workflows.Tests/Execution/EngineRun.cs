using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Drives one instance through the engine with a fake clock, keeping every accepted state.</summary>
internal sealed class EngineRun(ProcessModel model, EngineOptions? options = null)
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private int _commands;

    /// <summary>The engine; its wall-clock expression limit is raised so a cold, busy test machine cannot time out (R76).</summary>
    public Engine Engine { get; } = new(TestOptions(options));

    /// <summary>
    /// The options with a generous expression time limit: the first expression of a cold test host under a loaded CI
    /// machine can take longer than the production limit, which would fail a rule test for the machine's sake.
    /// </summary>
    public static EngineOptions TestOptions(EngineOptions? options = null) =>
        (options ?? EngineOptions.Default) with { ExpressionTimeout = TimeSpan.FromSeconds(30) };

    public ProcessModel Model { get; } = model;

    public InstanceState State { get; private set; } = InstanceState.Create("inst", "p", 1);

    public DateTimeOffset Now { get; set; } = T0;

    public EngineResult Last { get; private set; } = null!;

    /// <summary>Every effect of every accepted step, in order.</summary>
    public List<EngineEffect> AllEffects { get; } = [];

    public EngineResult Send(EngineCommand command)
    {
        Last = Engine.Execute(Model, State, command, Now);
        if (Last.IsAccepted)
        {
            State = Last.State;
            AllEffects.AddRange(Last.Effects);
        }

        return Last;
    }

    public string NextCommandId() => $"c{++_commands}";

    /// <summary>Makes the instance one that a call activity started (R45), as the host does at creation.</summary>
    public EngineRun AsCalled()
    {
        State = State with { HasCaller = true };
        return this;
    }

    public EngineResult Start(params (string Name, object? Value)[] variables) =>
        Send(new StartInstance(NextCommandId(), Vars(variables), "bk-1", "alice"));

    public EngineResult Complete(string elementId, params (string Name, object? Value)[] variables) =>
        Send(new CompleteTask(NextCommandId(), TaskOf(elementId).TaskId, Vars(variables), "bob"));

    public EngineResult CompleteTaskId(string taskId, params (string Name, object? Value)[] variables) =>
        Send(new CompleteTask(NextCommandId(), taskId, Vars(variables), "bob"));

    public EngineResult Fire(string timerId) => Send(new TimerDue(NextCommandId(), timerId));

    public EngineResult Retry(string incidentId, params (string Name, object? Value)[] variables) =>
        Send(new RetryIncident(NextCommandId(), incidentId, Vars(variables), "operator"));

    public UserTaskInstance TaskOf(string elementId) =>
        Assert.Single(State.Tasks, task => task.ElementId == elementId);

    public TimerInstance TimerOf(string elementId) =>
        Assert.Single(State.Timers, timer => timer.ElementId == elementId);

    public Incident IncidentOn(string elementId) =>
        Assert.Single(State.Incidents, incident => incident.ElementId == elementId);

    public IEnumerable<string> OpenTaskElements => State.Tasks.Select(task => task.ElementId);

    public static ImmutableSortedDictionary<string, JsonElement> Vars(params (string Name, object? Value)[] variables) =>
        variables.ToImmutableSortedDictionary(pair => pair.Name, pair => JsonSerializer.SerializeToElement(pair.Value), StringComparer.Ordinal);

    public static string Json(object value) => JsonSerializer.Serialize(value);
}
