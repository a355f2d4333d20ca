using CaseFlow.Grains.Contracts.Processes;

namespace CaseFlow.Silo.Benchmarks;

/// <summary>The benchmarks' processes, and deploying one so that its latest version is published.</summary>
internal static class BenchmarkProcesses
{
    /// <summary>start → a timer catch event due at the <c>dueAt</c> variable → end.</summary>
    public static string Timer(string key) => Definitions(key, "Timer benchmark", """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait">
              <bpmn:timerEventDefinition>
                <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${dueAt}</bpmn:timeDate>
              </bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
        """);

    /// <summary>start → review (a caseworker task) → end: a start is one step, a completion another.</summary>
    public static string OneTask(string key) => Definitions(key, "Step benchmark", """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="Review" camunda:candidateGroups="caseworker" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
        """);

    /// <summary>Deploys <paramref name="xml"/> and publishes it unless it already is the latest published version.</summary>
    public static async Task DeployAsync(IGrainFactory grains, string key, string xml)
    {
        var definition = grains.GetGrain<IProcessDefinitionGrain>(key);
        var deployed = await definition.DeployAsync(new DeployProcess("benchmark", xml));
        if (deployed.Error is { } error)
        {
            throw new InvalidOperationException($"Benchmark process refused: {error.Code} {error.Message}");
        }

        var latest = await definition.GetLatestPublishedAsync();
        if (latest.Version?.Version != deployed.Version!.Version)
        {
            await definition.PublishAsync(deployed.Version.Version, "benchmark");
        }
    }

    private static string Definitions(string key, string name, string body) => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          id="Definitions_{{key}}" targetNamespace="http://caseflow.example/bench">
          <bpmn:process id="{{key}}" name="{{name}}" isExecutable="true">
        {{body}}
          </bpmn:process>
        </bpmn:definitions>
        """;
}
