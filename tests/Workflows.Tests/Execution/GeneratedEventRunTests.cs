using System.Text.Json;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Random command sequences over a looped inclusive split and join fed by messages, timers and an event gateway.</summary>
/// <remarks>Seeded like <see cref="GeneratedRunTests"/>: a failing seed is in the test case name and reproduces.</remarks>
public sealed class GeneratedEventRunTests
{
    private static readonly string[] MessageNames = ["documents", "withdrawn", "nudge", "unknown"];

    private static ProcessModel LoopedInclusive() => WithRoots(
        [MessageDefinition("docs", "documents"), MessageDefinition("withdraw", "withdrawn"), MessageDefinition("nudgeMessage", "nudge"), ErrorDefinition("broken", "E_BROKEN")],
        Start(), Flow("f1", "start", "merge"), Exclusive("merge"), Flow("f2", "merge", "split"), Inclusive("split", "toC"),
        Flow("toA", "split", "a", "${round % 2 == 0}"), Flow("toB", "split", "b", "${round % 3 == 0}"), Flow("toC", "split", "gate"),
        Task("a"), MessageBoundary("nudged", "a", "nudgeMessage", interrupting: false), Flow("fn", "nudged", "nudgeEnd"), End("nudgeEnd"),
        Receive("b", "docs"), TimerBoundary("chase", "b", "timeDuration", "PT2H"), Flow("fc", "chase", "mergeB"),
        Flow("fromB", "b", "mergeB"), Exclusive("mergeB"), Flow("flowB", "mergeB", "join"),
        EventGateway("gate"), Flow("g1", "gate", "withdrawn"), MessageCatch("withdrawn", "withdraw"), Flow("g2", "gate", "wait"), TimerCatch("wait", "timeDuration", "PT1H"),
        Flow("fw", "withdrawn", "mergeC"), Flow("ft", "wait", "mergeC"), Exclusive("mergeC"), Flow("flowC", "mergeC", "join"),
        Flow("flowA", "a", "join"), Inclusive("join"),
        Flow("f3", "join", "after"), Service("after", "notify", "R2/PT10M"), ErrorBoundary("failed", "after", "broken"), Flow("fe", "failed", "more"),
        Flow("f4", "after", "more"), Exclusive("more", "done"), Flow("again", "more", "merge", "${round < 4}"), Flow("done", "more", "end"), End());

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_events_never_fault_and_leave_no_dangling_arrival(int seed) => RunSeed(seed);

    [Fact]
    public void The_generator_reaches_joins_messages_errors_and_completion()
    {
        var runs = Enumerable.Range(1, 40).Select(RunSeed).ToList();

        Assert.Contains(runs, run => run.State.Status == InstanceStatus.Completed);
        Assert.Contains(runs, run => run.AllEffects.Count(effect => effect is JobCreated { ElementId: "after", Attempt: 1 }) >= 2);
        Assert.Contains(runs, run => run.AllEffects.Any(effect => effect is MessageCorrelated));
        Assert.Contains(runs, run => run.AllEffects.Any(effect => effect is ErrorCaught));
    }

    private static EngineRun RunSeed(int seed)
    {
        var random = new Random(seed);
        var run = new EngineRun(LoopedInclusive());
        run.Start(("round", 0));

        for (var i = 0; i < 60; i++)
        {
            var ended = run.State.Status is InstanceStatus.Completed or InstanceStatus.Cancelled;
            run.Now = run.Now.AddMinutes(random.Next(0, 90));
            var result = run.Send(Pick(run, random));

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
        if (choice < 30 && state.Tasks.Count > 0)
        {
            return new CompleteTask(id, state.Tasks[random.Next(state.Tasks.Count)].TaskId, EngineRun.Vars(("round", random.Next(0, 6))));
        }

        if (choice < 55)
        {
            return new CorrelateMessage(id, MessageNames[random.Next(MessageNames.Length)]);
        }

        if (choice < 75 && state.Timers.Count > 0)
        {
            return new TimerDue(id, state.Timers[random.Next(state.Timers.Count)].TimerId);
        }

        if (choice < 90 && state.Jobs.Count > 0)
        {
            var job = state.Jobs[random.Next(state.Jobs.Count)];
            return random.Next(3) switch
            {
                0 => new CompleteJob(id, job.JobId, EngineRun.Vars(("round", random.Next(0, 6)))),
                1 => new FailJob(id, job.JobId, "worker failed"),
                _ => new ThrowJobError(id, job.JobId, random.Next(2) == 0 ? "E_BROKEN" : "E_OTHER"),
            };
        }

        if (choice < 98 && state.Incidents.Count > 0)
        {
            return new RetryIncident(id, state.Incidents[random.Next(state.Incidents.Count)].IncidentId);
        }

        return choice == 99 ? new CancelInstance(id, "random cancel") : new TimerDue(id, "inst:unknown");
    }

    private static void AssertInvariants(EngineRun run)
    {
        var state = run.State;
        var effects = run.AllEffects;

        var endIndex = effects.FindIndex(effect => effect is InstanceCompleted or InstanceCancelled);
        Assert.True(endIndex < 0 || endIndex == effects.Count - 1);

        // R20: at quiescence an inclusive join holding arrivals always has a live token that could still feed it.
        if (state.Elements.Count == 0)
        {
            Assert.Empty(state.JoinArrivals);
        }

        Assert.DoesNotContain(state.Incidents, incident => incident.Type is IncidentTypes.JoinUnreachable or IncidentTypes.InclusiveJoinDeadlock);

        var elements = state.Elements.ToDictionary(element => element.Id);
        Assert.All(state.Elements, element => Assert.Contains(state.Scopes, scope => scope.Id == element.ScopeInstanceId));
        Assert.All(state.Timers, timer => Assert.True(elements.ContainsKey(timer.ElementInstanceId)));
        Assert.All(state.Jobs, job => Assert.True(elements.ContainsKey(job.ElementInstanceId)));
        Assert.All(state.Subscriptions, subscription => Assert.True(elements.ContainsKey(subscription.ElementInstanceId)));
        Assert.All(state.Incidents, incident => Assert.Equal(ElementInstanceState.Failed, elements[incident.ElementInstanceId].State));
        if (state.Status != InstanceStatus.Active)
        {
            Assert.Empty(state.Elements);
            Assert.Empty(state.Subscriptions);
            Assert.Empty(state.JoinArrivals);
        }

        var json = JsonSerializer.Serialize(state);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<InstanceState>(json)));
    }
}
