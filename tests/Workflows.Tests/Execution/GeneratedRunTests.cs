using System.Text.Json;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Random command sequences over the test models: no fault, no broken invariant, no effect after the end.</summary>
/// <remarks>The generator is seeded, so a failure reproduces; the seed is in the test case name.</remarks>
public sealed class GeneratedRunTests
{
    private static ProcessModel LoopedForkJoin() => Bpmn(
        Start(), Flow("f1", "start", "merge"), Exclusive("merge"), Flow("f2", "merge", "fork"), Parallel("fork"),
        Flow("toA", "fork", "a"), Flow("toB", "fork", "b"), Task("a"), Task("b", "camunda:dueDate=\"PT2H\""),
        TimerBoundary("nag", "a", "timeCycle", "R3/PT1H", interrupting: false), Flow("f8", "nag", "nagEnd"), End("nagEnd"),
        TimerBoundary("expire", "b", "timeDuration", "PT5H"), Flow("f9", "expire", "mergeB"),
        Flow("fromB", "b", "mergeB"), Exclusive("mergeB"), Flow("flowB", "mergeB", "join"),
        Flow("fromA", "a", "join"), Parallel("join"),
        Flow("f3", "join", "after"), Task("after"), Flow("f4", "after", "call"), Service("call", "notify", "R2/PT10M"),
        Flow("f5", "call", "more"), Exclusive("more", "done"), Flow("again", "more", "merge", "${round < 4}"), Flow("done", "more", "end"), End());

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_commands_never_fault_and_keep_the_invariants(int seed) => RunSeed(seed);

    [Fact]
    public void The_generator_reaches_joins_loops_completion_and_incidents()
    {
        var runs = Enumerable.Range(1, 40).Select(RunSeed).ToList();

        Assert.Contains(runs, run => run.State.Status == InstanceStatus.Completed);
        Assert.Contains(runs, run => run.AllEffects.Count(effect => effect is TaskCreated { Task.ElementId: "after" }) >= 2);
        Assert.Contains(runs, run => run.AllEffects.Any(effect => effect is IncidentRaised));
    }

    private static EngineRun RunSeed(int seed)
    {
        var random = new Random(seed);
        var run = new EngineRun(LoopedForkJoin());
        run.Start(("round", 0));
        EngineCommand? previous = null;

        for (var i = 0; i < 60; i++)
        {
            var ended = run.State.Status is InstanceStatus.Completed or InstanceStatus.Cancelled;
            var command = previous is not null && random.Next(10) == 0 ? previous : Pick(run, random);
            run.Now = run.Now.AddMinutes(random.Next(0, 90));
            var result = run.Send(command);
            previous = command;

            Assert.NotEqual(RejectionCodes.EngineFault, result.Rejection?.Code);
            if (ended)
            {
                Assert.Empty(result.Effects);
            }

            AssertInvariants(run);
        }

        return run;
    }

    private static EngineCommand Pick(EngineRun run, Random random)
    {
        var id = run.NextCommandId();
        var state = run.State;
        var choice = random.Next(100);
        if (choice < 40 && state.Tasks.Count > 0)
        {
            var task = state.Tasks[random.Next(state.Tasks.Count)];
            return new CompleteTask(id, task.TaskId, EngineRun.Vars(("round", random.Next(0, 6))));
        }

        if (choice < 65 && state.Timers.Count > 0)
        {
            return new TimerDue(id, state.Timers[random.Next(state.Timers.Count)].TimerId);
        }

        if (choice < 85 && state.Jobs.Count > 0)
        {
            var job = state.Jobs[random.Next(state.Jobs.Count)];
            return random.Next(5) switch
            {
                0 or 1 => new CompleteJob(id, job.JobId),
                2 or 3 => new FailJob(id, job.JobId, "worker failed"),
                _ => new ThrowJobError(id, job.JobId, "E_WORKER", "no catcher: parks in UnhandledError"),
            };
        }

        if (choice < 95 && state.Incidents.Count > 0)
        {
            return new RetryIncident(id, state.Incidents[random.Next(state.Incidents.Count)].IncidentId);
        }

        return choice == 99 ? new CancelInstance(id, "random cancel") : new TimerDue(id, "inst:unknown");
    }

    private static void AssertInvariants(EngineRun run)
    {
        var state = run.State;
        var effects = run.AllEffects;

        // R16: one firing of the join per pair of arrivals, never early.
        var arrivalsA = effects.Count(effect => effect is TaskCompleted { ElementId: "a" });
        var arrivalsB = effects.Count(effect => effect is TaskCompleted { ElementId: "b" })
            + effects.Count(effect => effect is TimerFired { ElementId: "expire" });
        Assert.Equal(Math.Min(arrivalsA, arrivalsB), effects.Count(effect => effect is TaskCreated { Task.ElementId: "after" }));
        Assert.DoesNotContain(state.Incidents, incident => incident.Type == IncidentTypes.JoinUnreachable);

        // Nothing after the end: the last end effect is the last effect.
        var endIndex = effects.FindIndex(effect => effect is InstanceCompleted or InstanceCancelled);
        Assert.True(endIndex < 0 || endIndex == effects.Count - 1);

        // Everything in the state hangs on a live element instance of a live scope.
        var elements = state.Elements.ToDictionary(element => element.Id);
        Assert.All(state.Elements, element => Assert.Contains(state.Scopes, scope => scope.Id == element.ScopeInstanceId));
        Assert.All(state.Tasks, task => Assert.Equal(ElementInstanceState.Waiting, elements[task.ElementInstanceId].State));
        Assert.All(state.Timers, timer => Assert.True(elements.ContainsKey(timer.ElementInstanceId)));
        Assert.All(state.Jobs, job => Assert.True(elements.ContainsKey(job.ElementInstanceId)));
        Assert.All(state.Subscriptions, subscription => Assert.True(elements.ContainsKey(subscription.ElementInstanceId)));
        Assert.All(state.Incidents, incident => Assert.Equal(ElementInstanceState.Failed, elements[incident.ElementInstanceId].State));
        if (state.Status != InstanceStatus.Active)
        {
            Assert.Empty(state.Elements);
            Assert.Empty(state.Timers);
        }

        // The state round-trips through JSON unchanged, as grain state must.
        var json = JsonSerializer.Serialize(state);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<InstanceState>(json)));
    }
}
