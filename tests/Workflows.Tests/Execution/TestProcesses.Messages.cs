namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Messages, receive tasks and event-based gateways (R23, R52–R57, R65).</summary>
internal static partial class TestProcesses
{
    public static string MessageDefinition(string id, string name) => $"<bpmn:message id=\"{id}\" name=\"{name}\" />";

    public static string Receive(string id, string messageRef, string body = "") =>
        $"<bpmn:receiveTask id=\"{id}\" messageRef=\"{messageRef}\">{body}</bpmn:receiveTask>";

    public static string MessageCatch(string id, string messageRef, string body = "") =>
        $"<bpmn:intermediateCatchEvent id=\"{id}\">{body}<bpmn:messageEventDefinition messageRef=\"{messageRef}\" /></bpmn:intermediateCatchEvent>";

    public static string MessageBoundary(string id, string host, string messageRef, bool interrupting = true) =>
        $"<bpmn:boundaryEvent id=\"{id}\" attachedToRef=\"{host}\" cancelActivity=\"{(interrupting ? "true" : "false")}\"><bpmn:messageEventDefinition messageRef=\"{messageRef}\" /></bpmn:boundaryEvent>";

    public static string EventGateway(string id) => $"<bpmn:eventBasedGateway id=\"{id}\" />";
}
