namespace CaseFlow.Grains.Tests.Processes;

/// <summary>Small BPMN files shaped as the modeler writes them, built in code so each test varies one thing.</summary>
public static class ProcessFiles
{
    private static int _next;

    /// <summary>A fresh process key, so tests sharing the cluster never meet.</summary>
    public static string NewKey() => "visit_" + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..6];

    /// <summary>Start, one user task, end; <paramref name="taskName"/> varies the content between versions.</summary>
    public static string Simple(string key, string taskName = "入户走访", string? versionTag = "2026.1", string newline = "\n")
    {
        var tag = versionTag is null ? string.Empty : $" camunda:versionTag=\"{versionTag}\"";
        string[] lines =
        [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_1\" targetNamespace=\"http://bpmn.io/schema/bpmn\">",
            $"  <bpmn:process id=\"{key}\" name=\"走访 {key}\" isExecutable=\"true\"{tag}>",
            "    <bpmn:startEvent id=\"StartEvent_1\"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>",
            "    <bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"StartEvent_1\" targetRef=\"Task_1\" />",
            $"    <bpmn:userTask id=\"Task_1\" name=\"{taskName}\" camunda:candidateGroups=\"caseworker\"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>",
            "    <bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Task_1\" targetRef=\"EndEvent_1\" />",
            "    <bpmn:endEvent id=\"EndEvent_1\"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>",
            "  </bpmn:process>",
            "  <bpmndi:BPMNDiagram id=\"BPMNDiagram_1\">",
            $"    <bpmndi:BPMNPlane id=\"BPMNPlane_1\" bpmnElement=\"{key}\">",
            "      <bpmndi:BPMNShape id=\"StartEvent_1_di\" bpmnElement=\"StartEvent_1\"><dc:Bounds x=\"152\" y=\"102\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>",
            "    </bpmndi:BPMNPlane>",
            "  </bpmndi:BPMNDiagram>",
            "</bpmn:definitions>",
        ];
        return string.Join(newline, lines) + newline;
    }

    /// <summary>A file whose user task points at a missing flow and has an invalid priority: two errors.</summary>
    public static string Invalid(string key) =>
        Simple(key)
            .Replace("targetRef=\"EndEvent_1\"", "targetRef=\"Nowhere\"", StringComparison.Ordinal)
            .Replace("camunda:candidateGroups=\"caseworker\"", "camunda:candidateGroups=\"caseworker\" camunda:priority=\"high\"", StringComparison.Ordinal);

    /// <summary>A message start named <paramref name="messageName"/>, then an end (R54).</summary>
    public static string MessageStart(string key, string messageName) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://example.org">
          <bpmn:process id="{key}" name="{key}" isExecutable="true">
            <bpmn:startEvent id="byMessage"><bpmn:messageEventDefinition messageRef="filed" /></bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="byMessage" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
          <bpmn:message id="filed" name="{messageName}" />
        </bpmn:definitions>
        """;

    /// <summary>Start, a call activity of <paramref name="calledKey"/>, end; <paramref name="name"/> varies the content between versions.</summary>
    public static string Caller(string key, string calledKey, string name = "调用") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://example.org">
          <bpmn:process id="{key}" name="{name}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call" />
            <bpmn:callActivity id="call" calledElement="{calledKey}" />
            <bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
