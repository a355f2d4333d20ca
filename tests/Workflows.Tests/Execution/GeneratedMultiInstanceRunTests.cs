using System.Text.Json;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Random command sequences over looped multi-instance activities: the loop bookkeeping never drifts (R48–R51).</summary>
/// <remarks>The generator is seeded, so a failure reproduces; the seed is in the test case name.</remarks>
public sealed class GeneratedMultiInstanceRunTests
{
    /// <summary>
    /// A loop of: a parallel review over three reviewers with a quorum, a reminder cycle and an interrupting deadline on
    /// the body; then a sequential service task twice with an error boundary; then <c>after</c>.
    /// </summary>
    private static ProcessModel LoopedReviews() => WithRoots(
        [ErrorDefinition("workerError", "E_WORKER")],
        Start(), Flow("f1", "start", "merge"), Exclusive("merge"), Flow("f2", "merge", "review"),
        Task("review", body: OutputCollection("opinions", "${opinion}") + OverReviewers(completion: "${nrOfCompletedInstances >= quorum}")),
        TimerBoundary("remind", "review", "timeCycle", "R2/PT1H", interrupting: false), Flow("f3", "remind", "remindEnd"), End("remindEnd"),
        TimerBoundary("deadline", "review", "timeDuration", "PT6H"), Flow("f4", "deadline", "after"),
        Flow("f5", "review", "notify"),
        $"<bpmn:serviceTask id=\"notify\" camunda:type=\"external\" camunda:topic=\"notify\">{Times("2", sequential: true)}</bpmn:serviceTask>",
        ErrorBoundary("failed", "notify", "workerError"), Flow("f6", "failed", "after"),
        Flow("f7", "notify", "after"), Task("after"), Flow("f8", "after", "more"),
        Exclusive("more", "done"), Flow("again", "more", "merge", "${round < 3}"), Flow("done", "more", "end"), End());

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_commands_never_fault_and_keep_the_loop_bookkeeping(int seed) => RunSeed(seed);

    [Fact]
    public void The_generator_reaches_quorums_deadlines_errors_and_completion()
    {
        var runs = Enumerable.Range(1, 40).Select(RunSeed).ToList();

        Assert.Contains(runs, run => run.State.Status == InstanceStatus.Completed);
        Assert.Contains(runs, run => run.AllEffects.Any(effect => effect is TimerFired { ElementId: "deadline" }));
        Assert.Contains(runs, run => run.AllEffects.Any(effect => effect is ErrorCaught { BoundaryId: "failed" }));
        Assert.Contains(runs, run => run.AllEffects.OfType<TaskCreated>().Count(created => created.Task.ElementId == "review") >= 6);
    }

    private static EngineRun RunSeed(int seed)
    {
        var random = new Random(seed);
        var run = new EngineRun(LoopedReviews());
        run.Start(("round", 0), ("quorum", 2), ("reviewers", new[] { "wang", "li", "zhao" }));
        var bodies = ReviewBodies(run).ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < 80; i++)
        {
            var ended = run.State.Status is InstanceStatus.Completed or InstanceStatus.Cancelled;
            run.Now = run.Now.AddMinutes(random.Next(0, 120));
            var result = run.Send(Pick(run, random));

            Assert.NotEqual(RejectionCodes.EngineFault, result.Rejection?.Code);
            if (ended)
            {
                Assert.Empty(result.Effects);
            }

            bodies.UnionWith(ReviewBodies(run));
            AssertInvariants(run, bodies.Count);
        }

        return run;
    }

    private static IEnumerable<string> ReviewBodies(EngineRun run) =>
        run.State.Scopes.Where(scope => scope.Loop is not null && scope.ElementId == "review").Select(scope => scope.Id);

    private static EngineCommand Pick(EngineRun run, Random random)
    {
        var id = run.NextCommandId();
        var state = run.State;
        var choice = random.Next(100);
        if (choice < 40 && state.Tasks.Count > 0)
        {
            var task = state.Tasks[random.Next(state.Tasks.Count)];
            return new CompleteTask(id, task.TaskId, EngineRun.Vars(("round", random.Next(0, 5)), ("opinion", random.Next(3)), ("quorum", random.Next(1, 4))));
        }

        if (choice < 60 && state.Timers.Count > 0)
        {
            var timer = state.Timers[random.Next(state.Timers.Count)];
            run.Now = run.Now > timer.DueAt ? run.Now : timer.DueAt;
            return new TimerDue(id, timer.TimerId);
        }

        if (choice < 80 && state.Jobs.Count > 0)
        {
            var job = state.Jobs[random.Next(state.Jobs.Count)];
            return random.Next(4) switch
            {
                0 or 1 => new CompleteJob(id, job.JobId),
                2 => new FailJob(id, job.JobId, "worker failed", Retries: 0),
                _ => new ThrowJobError(id, job.JobId, "E_WORKER", "caught on the body"),
            };
        }

        if (choice < 90 && state.Incidents.Count > 0)
        {
            return new RetryIncident(id, state.Incidents[random.Next(state.Incidents.Count)].IncidentId);
        }

        var inners = state.Elements.Where(element => element.LoopCounter is not null).ToList();
        if (choice < 98 && inners.Count > 0)
        {
            var inner = inners[random.Next(inners.Count)];
            return new ModifyInstance(id, [new ModificationInstruction(ModificationKinds.Cancel, ElementInstanceId: inner.Id)]);
        }

        return choice == 99 ? new CancelInstance(id, "random cancel") : new TimerDue(id, "inst:unknown");
    }

    private static void AssertInvariants(EngineRun run, int reviewBodiesSeen)
    {
        var state = run.State;
        var effects = run.AllEffects;
        var elements = state.Elements.ToDictionary(element => element.Id);

        foreach (var body in state.Scopes.Where(scope => scope.Loop is not null))
        {
            var loop = body.Loop!;
            var live = state.Elements.Count(element => element.ScopeInstanceId == body.Id && element.LoopCounter is not null);
            Assert.True(elements.ContainsKey(body.Id), "a body scope outlived its body");
            Assert.Null(elements[body.Id].LoopCounter);
            Assert.Equal(live, body.Variables["nrOfActiveInstances"].GetInt32());
            Assert.Equal(loop.Completed, body.Variables["nrOfCompletedInstances"].GetInt32());
            Assert.Equal(loop.Count, body.Variables["nrOfInstances"].GetInt32());
            Assert.InRange(loop.Completed + live, 0, loop.Count);
            Assert.InRange(loop.Next, live, loop.Count);
            Assert.True(live > 0 || elements[body.Id].State != ElementInstanceState.Waiting || elements[body.Id].Savepoint != SavepointPhase.None, "a waiting body without inner instances");
            if (body.ElementId == "notify")
            {
                Assert.InRange(live, 0, 1); // sequential
            }
        }

        // Inner instances live only in body scopes and carry no boundary of their own (R51).
        Assert.All(state.Elements.Where(element => element.LoopCounter is not null), inner =>
            Assert.NotNull(state.Scopes.Single(scope => scope.Id == inner.ScopeInstanceId).Loop));
        Assert.DoesNotContain(state.Timers, timer => timer.Kind == TimerKind.Boundary && elements[timer.ElementInstanceId].LoopCounter is not null);

        // Each review body leaves at most once, so each reaches after (through notify, its error or the deadline) at most once.
        Assert.True(state.Scopes.Count(scope => scope.ElementId == "notify") <= 1);
        Assert.True(effects.OfType<TaskCreated>().Count(created => created.Task.ElementId == "after") <= reviewBodiesSeen, "a body completed twice: ");

        if (state.RootVariables.TryGetValue("opinions", out var opinions))
        {
            Assert.Equal(3, opinions.GetArrayLength());
        }

        // Nothing after the end, and everything hangs on a live element instance of a live scope.
        var endIndex = effects.FindIndex(effect => effect is InstanceCompleted or InstanceCancelled);
        Assert.True(endIndex < 0 || endIndex == effects.Count - 1);
        Assert.All(state.Elements, element => Assert.Contains(state.Scopes, scope => scope.Id == element.ScopeInstanceId));
        Assert.All(state.Tasks, task => Assert.Equal(ElementInstanceState.Waiting, elements[task.ElementInstanceId].State));
        Assert.All(state.Timers, timer => Assert.True(elements.ContainsKey(timer.ElementInstanceId)));
        Assert.All(state.Jobs, job => Assert.True(elements.ContainsKey(job.ElementInstanceId)));
        Assert.All(state.Incidents, incident => Assert.Equal(ElementInstanceState.Failed, elements[incident.ElementInstanceId].State));
        if (state.Status != InstanceStatus.Active)
        {
            Assert.Empty(state.Elements);
            Assert.DoesNotContain(state.Scopes, scope => scope.Loop is not null);
        }

        var json = JsonSerializer.Serialize(state);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<InstanceState>(json)));
    }
}
