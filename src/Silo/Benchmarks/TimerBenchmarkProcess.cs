namespace CaseFlow.Silo.Benchmarks;

/// <summary>The benchmark's process: start → a timer catch event due at the <c>dueAt</c> variable → end.</summary>
internal static class TimerBenchmarkProcess
{
    public static string Xml(string key) => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          id="Definitions_{{key}}" targetNamespace="http://caseflow.example/bench">
          <bpmn:process id="{{key}}" name="Timer benchmark" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait">
              <bpmn:timerEventDefinition>
                <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${dueAt}</bpmn:timeDate>
              </bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
