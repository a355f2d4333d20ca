using System.Security;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Parsing;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Builds small executable BPMN models in code, one element at a time.</summary>
internal static partial class TestProcesses
{
    private const string Namespaces =
        "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\"";

    /// <summary>Parses a process <c>p</c> made of <paramref name="elements"/>; fails the test on any error diagnostic.</summary>
    public static ProcessModel Bpmn(params string[] elements) => Parse(elements, allowErrors: false);

    /// <summary>As <see cref="Bpmn"/> but keeps a model that deploy validation rejects, to test the run-time defences alone.</summary>
    public static ProcessModel Unvalidated(params string[] elements) => Parse(elements, allowErrors: true);

    /// <summary>As <see cref="Bpmn"/>, with <paramref name="listeners"/> registered as task listener handlers.</summary>
    public static ProcessModel WithListeners(string[] listeners, params string[] elements) =>
        Parse(elements, allowErrors: false, options: new BpmnParserOptions { RegisteredListeners = new HashSet<string>(listeners, StringComparer.Ordinal) });

    private static ProcessModel Parse(string[] elements, bool allowErrors, string roots = "", BpmnParserOptions? options = null)
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions {Namespaces} id="defs" targetNamespace="http://example.org">
            {roots}
              <bpmn:process id="p" isExecutable="true">
            {string.Join("\n", elements)}
              </bpmn:process>
            </bpmn:definitions>
            """;
        var result = BpmnParser.Parse(xml, options);
        var errors = result.Diagnostics.Where(diagnostic => diagnostic.IsError).Select(d => $"{d.Code} {d.ElementId}: {d.Message}").ToList();
        Assert.True(allowErrors || errors.Count == 0, string.Join("; ", errors));
        return Assert.Single(result.Processes);
    }

    public static string Start(string id = "start", string attributes = "") => $"<bpmn:startEvent id=\"{id}\" {attributes} />";

    public static string End(string id = "end") => $"<bpmn:endEvent id=\"{id}\" />";

    public static string Terminate(string id) => $"<bpmn:endEvent id=\"{id}\"><bpmn:terminateEventDefinition /></bpmn:endEvent>";

    public static string Task(string id, string attributes = "", string body = "") =>
        $"<bpmn:userTask id=\"{id}\" name=\"{id}\" {attributes}>{body}</bpmn:userTask>";

    public static string Service(string id, string topic, string? retryCycle = null) =>
        retryCycle is null
            ? $"<bpmn:serviceTask id=\"{id}\" camunda:type=\"external\" camunda:topic=\"{topic}\" />"
            : $"<bpmn:serviceTask id=\"{id}\" camunda:type=\"external\" camunda:topic=\"{topic}\"><bpmn:extensionElements><camunda:failedJobRetryTimeCycle>{retryCycle}</camunda:failedJobRetryTimeCycle></bpmn:extensionElements></bpmn:serviceTask>";

    public static string Exclusive(string id, string? defaultFlow = null) =>
        $"<bpmn:exclusiveGateway id=\"{id}\" {(defaultFlow is null ? string.Empty : $"default=\"{defaultFlow}\"")} />";

    public static string Parallel(string id) => $"<bpmn:parallelGateway id=\"{id}\" />";

    public static string Flow(string id, string from, string to, string? condition = null) =>
        condition is null
            ? $"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{from}\" targetRef=\"{to}\" />"
            : $"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{from}\" targetRef=\"{to}\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">{SecurityElement.Escape(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>";

    /// <summary>A timer definition: <paramref name="type"/> is timeDate, timeDuration or timeCycle.</summary>
    public static string TimerDefinition(string type, string value) =>
        $"<bpmn:timerEventDefinition><bpmn:{type} xsi:type=\"bpmn:tFormalExpression\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">{SecurityElement.Escape(value)}</bpmn:{type}></bpmn:timerEventDefinition>";

    public static string TimerCatch(string id, string type, string value) =>
        $"<bpmn:intermediateCatchEvent id=\"{id}\">{TimerDefinition(type, value)}</bpmn:intermediateCatchEvent>";

    public static string TimerBoundary(string id, string host, string type, string value, bool interrupting = true) =>
        $"<bpmn:boundaryEvent id=\"{id}\" attachedToRef=\"{host}\" cancelActivity=\"{(interrupting ? "true" : "false")}\">{TimerDefinition(type, value)}</bpmn:boundaryEvent>";

    public static string SubProcess(string id, params string[] elements) =>
        $"<bpmn:subProcess id=\"{id}\">{string.Join("\n", elements)}</bpmn:subProcess>";

    /// <summary>camunda:inputOutput with input and output parameters given as (name, value) pairs.</summary>
    public static string InputOutput((string Name, string Value)[] inputs, (string Name, string Value)[] outputs) =>
        "<bpmn:extensionElements><camunda:inputOutput>"
        + string.Concat(inputs.Select(input => $"<camunda:inputParameter name=\"{input.Name}\">{SecurityElement.Escape(input.Value)}</camunda:inputParameter>"))
        + string.Concat(outputs.Select(output => $"<camunda:outputParameter name=\"{output.Name}\">{SecurityElement.Escape(output.Value)}</camunda:outputParameter>"))
        + "</camunda:inputOutput></bpmn:extensionElements>";

    /// <summary>start → <paramref name="middle"/> (id <c>middle</c>) → end, plus extra elements.</summary>
    public static ProcessModel Linear(string middle, params string[] extra) =>
        Bpmn([Start(), Flow("f1", "start", "middle"), middle, Flow("f2", "middle", "end"), End(), .. extra]);
}
