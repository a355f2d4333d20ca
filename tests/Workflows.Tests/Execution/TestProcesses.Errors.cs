using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Errors and escalations: root definitions, throwing events and catching boundaries (R27, R28, R41–R44).</summary>
internal static partial class TestProcesses
{
    /// <summary>As <see cref="Bpmn"/>, with root elements (errors, escalations, messages) before the process.</summary>
    public static ProcessModel WithRoots(string[] roots, params string[] elements) =>
        Parse(elements, allowErrors: false, string.Join("\n", roots));

    public static string ErrorDefinition(string id, string code, string? message = null) =>
        message is null
            ? $"<bpmn:error id=\"{id}\" errorCode=\"{code}\" />"
            : $"<bpmn:error id=\"{id}\" errorCode=\"{code}\" camunda:errorMessage=\"{message}\" />";

    public static string EscalationDefinition(string id, string code) => $"<bpmn:escalation id=\"{id}\" escalationCode=\"{code}\" />";

    public static string ErrorEnd(string id, string errorRef) =>
        $"<bpmn:endEvent id=\"{id}\"><bpmn:errorEventDefinition errorRef=\"{errorRef}\" /></bpmn:endEvent>";

    public static string EscalationEnd(string id, string escalationRef) =>
        $"<bpmn:endEvent id=\"{id}\"><bpmn:escalationEventDefinition escalationRef=\"{escalationRef}\" /></bpmn:endEvent>";

    public static string EscalationThrow(string id, string escalationRef) =>
        $"<bpmn:intermediateThrowEvent id=\"{id}\"><bpmn:escalationEventDefinition escalationRef=\"{escalationRef}\" /></bpmn:intermediateThrowEvent>";

    /// <summary>An error boundary; no <paramref name="errorRef"/> makes it a catch-all.</summary>
    public static string ErrorBoundary(string id, string host, string? errorRef = null, string? codeVariable = null, string? messageVariable = null) =>
        $"<bpmn:boundaryEvent id=\"{id}\" attachedToRef=\"{host}\"><bpmn:errorEventDefinition"
        + (errorRef is null ? string.Empty : $" errorRef=\"{errorRef}\"")
        + (codeVariable is null ? string.Empty : $" camunda:errorCodeVariable=\"{codeVariable}\"")
        + (messageVariable is null ? string.Empty : $" camunda:errorMessageVariable=\"{messageVariable}\"")
        + " /></bpmn:boundaryEvent>";

    /// <summary>An escalation boundary; no <paramref name="escalationRef"/> makes it a catch-all.</summary>
    public static string EscalationBoundary(string id, string host, string? escalationRef = null, bool interrupting = true, string? codeVariable = null) =>
        $"<bpmn:boundaryEvent id=\"{id}\" attachedToRef=\"{host}\" cancelActivity=\"{(interrupting ? "true" : "false")}\"><bpmn:escalationEventDefinition"
        + (escalationRef is null ? string.Empty : $" escalationRef=\"{escalationRef}\"")
        + (codeVariable is null ? string.Empty : $" camunda:escalationCodeVariable=\"{codeVariable}\"")
        + " /></bpmn:boundaryEvent>";
}
