using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Parsing;
using Microsoft.Extensions.Hosting;

namespace CaseFlow.Grains.Instances;

/// <summary>Runs one condition through the engine while the node starts, before it serves anyone.</summary>
/// <remarks>
/// The first expression a process evaluates pays for loading and compiling the script sandbox. On a freshly started,
/// busy node that first evaluation could overrun the expression time limit (R76) and turn a caseworker's first
/// completion into a <c>ScriptTimeout</c> incident; paying it here keeps that cost away from real work. The warm-up
/// runs on an engine of its own with a generous limit, so it finishes however slowly the node starts: what it warms
/// (loaded and compiled code) is shared by the whole process.
/// </remarks>
public sealed class EngineWarmUp(EngineOptions options) : IHostedService
{
    private const string Model = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="warm" targetNamespace="http://caseflow.example/warm-up">
          <bpmn:process id="warm_up" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="gate" />
            <bpmn:exclusiveGateway id="gate" default="f3" />
            <bpmn:sequenceFlow id="f2" sourceRef="gate" targetRef="end"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${count &gt; 1 and not empty name}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f3" sourceRef="gate" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Whether the warm-up instance ran to its end; false would mean the engine cannot evaluate at all.</summary>
    public bool Completed { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var model = BpmnParser.Parse(Model).Definitions!.ExecutableProcesses.First();
        var variables = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, JsonElement>
        {
            ["count"] = JsonSerializer.SerializeToElement(2),
            ["name"] = JsonSerializer.SerializeToElement("warm"),
        });
        var engine = new Engine(options with { ExpressionTimeout = TimeSpan.FromSeconds(30) });
        var result = engine.Execute(model, InstanceState.Create("warm-up", model.Key, 1), new StartInstance("warm-up", variables), DateTimeOffset.UnixEpoch);
        Completed = result.State.Status == InstanceStatus.Completed;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
