using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Grains.Instances;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Parsing;
using CaseFlow.Workflows.Sla;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>The stored instance state must survive System.Text.Json, the production grain storage serializer.</summary>
public sealed class ProcessInstanceStateSerializationTests
{
    [Fact(DisplayName = "A started instance with a task, a timer and variables round-trips to the same JSON")]
    public void Round_trips()
    {
        var key = InstanceProcesses.NewKey();
        var model = BpmnParser.Parse(InstanceProcesses.BoundaryTimer(key)).Processes.Single();
        var variables = JsonDocument.Parse("""{"a":1,"b":"x"}""").RootElement.EnumerateObject()
            .ToImmutableSortedDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        var started = new Engine().Execute(
            model, InstanceState.Create("I1", key, 1), new StartInstance("c1", variables, "bk", "alice"), DateTimeOffset.UnixEpoch);
        var stored = new ProcessInstanceState { Instance = started.State, PersonId = "P1", PetitionId = "PET-1" };

        var json = JsonSerializer.Serialize(stored);
        var back = JsonSerializer.Deserialize<ProcessInstanceState>(json)!;

        Assert.Single(back.Instance!.Timers);
        Assert.Single(back.Instance.Tasks);
        Assert.Equal(json, JsonSerializer.Serialize(back));
    }

    [Fact(DisplayName = "A paused SLA clock with its rung and command ids round-trips, and a clock stored before them reads with defaults")]
    public void Sla_clock_round_trips()
    {
        var clock = new TaskClock("I1:t1", null, DateTimeOffset.UnixEpoch.AddDays(5), DateTimeOffset.UnixEpoch.AddDays(4), SlaUnit.WorkingDays, false)
        {
            Fired = 3, PausedAt = DateTimeOffset.UnixEpoch.AddDays(6), PausedUnits = 2, CommandIds = ["p1", "r1"],
        };
        var stored = new ProcessInstanceState { TaskClocks = [clock] };

        var back = JsonSerializer.Deserialize<ProcessInstanceState>(JsonSerializer.Serialize(stored))!;
        var older = JsonSerializer.Deserialize<TaskClock>(
            """{"TaskId":"I1:t1","BasisDueDate":null,"DueAt":"1970-01-06T00:00:00+00:00","WarnAt":"1970-01-05T00:00:00+00:00","Unit":"CalendarDays","Provisional":false}""")!;

        var read = Assert.Single(back.TaskClocks);
        Assert.Equal((3, clock.PausedAt, 2), (read.Fired, read.PausedAt, read.PausedUnits));
        Assert.Equal(["p1", "r1"], read.CommandIds!);
        Assert.Equal((0, null, 0, null), (older.Fired, older.PausedAt, older.PausedUnits, older.CommandIds));
    }

    [Fact(DisplayName = "R43: escalations owed to the caller and the caller flag round-trip, and a state stored before them reads empty")]
    public void Caller_escalations_round_trip()
    {
        var stored = new ProcessInstanceState
        {
            Instance = InstanceState.Create("I1", "p", 1) with { HasCaller = true },
            ParentInstanceId = "I0",
            EscalationsToReport = [new CallerEscalation("I1:esc4", "NEED_HELP")],
        };

        var back = JsonSerializer.Deserialize<ProcessInstanceState>(JsonSerializer.Serialize(stored))!;
        var older = JsonSerializer.Deserialize<ProcessInstanceState>("""{"ParentInstanceId":"I0"}""")!;

        Assert.Equal(new CallerEscalation("I1:esc4", "NEED_HELP"), Assert.Single(back.EscalationsToReport));
        Assert.True(back.Instance!.HasCaller);
        Assert.Empty(older.EscalationsToReport);
    }
}
