using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Grains.Instances;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Parsing;

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
}
