using CaseFlow.Workflows.Diagnostics;
using static CaseFlow.Workflows.Tests.Parsing.BpmnDocuments;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Boundary events, thrown errors and escalations, messages (BPMN402–406, BPMN014).</summary>
public sealed class EventRulesTests
{
    private const string Roots = """
        <bpmn:error id="err" name="Rejected" errorCode="REJECTED" />
        <bpmn:error id="errNoCode" name="NoCode" />
        <bpmn:escalation id="esc" name="Late" escalationCode="LATE" />
        <bpmn:message id="msg" name="documentsReceived" />
        """;

    private static string WithBoundary(string host, string boundary) =>
        Linear(host, $"""
            {boundary}
            <bpmn:sequenceFlow id="fb" sourceRef="b1" targetRef="end" />
            """, Roots);

    [Fact(DisplayName = "A non-interrupting error boundary is BPMN402")]
    public void Non_interrupting_error_boundary_is_rejected()
    {
        var xml = WithBoundary("<bpmn:userTask id=\"middle\" />", "<bpmn:boundaryEvent id=\"b1\" attachedToRef=\"middle\" cancelActivity=\"false\"><bpmn:errorEventDefinition errorRef=\"err\" /></bpmn:boundaryEvent>");

        Assert.Equal("b1", Parse(xml).Single(DiagnosticCodes.InvalidBoundary).ElementId);
    }

    [Fact(DisplayName = "An escalation boundary on a service task is BPMN402; on a user task it is fine")]
    public void Escalation_boundary_host_is_checked()
    {
        const string boundary = "<bpmn:boundaryEvent id=\"b1\" attachedToRef=\"middle\" cancelActivity=\"false\"><bpmn:escalationEventDefinition escalationRef=\"esc\" camunda:escalationCodeVariable=\"code\" /></bpmn:boundaryEvent>";

        Assert.Contains(DiagnosticCodes.InvalidBoundary, Parse(WithBoundary("<bpmn:serviceTask id=\"middle\" camunda:type=\"external\" camunda:topic=\"t\" />", boundary)).Codes());
        Parse(WithBoundary("<bpmn:userTask id=\"middle\" />", boundary)).AssertNoErrors();
    }

    [Fact(DisplayName = "A boundary attached to a gateway or to nothing is BPMN402 / BPMN014")]
    public void Boundary_host_must_be_an_activity()
    {
        var onGateway = WithBoundary("<bpmn:exclusiveGateway id=\"middle\" />", "<bpmn:boundaryEvent id=\"b1\" attachedToRef=\"middle\"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>");
        var onNothing = WithBoundary("<bpmn:userTask id=\"middle\" />", "<bpmn:boundaryEvent id=\"b1\" attachedToRef=\"ghost\"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>");

        Assert.Contains(DiagnosticCodes.InvalidBoundary, Parse(onGateway).Codes());
        Assert.Equal("b1", Parse(onNothing).Single(DiagnosticCodes.UnresolvedReference).ElementId);
    }

    [Fact(DisplayName = "Two error boundaries catching the same code on one host are BPMN403")]
    public void Duplicate_catchers_are_rejected()
    {
        var xml = WithBoundary(
            "<bpmn:userTask id=\"middle\" />",
            """
            <bpmn:boundaryEvent id="b1" attachedToRef="middle"><bpmn:errorEventDefinition errorRef="err" /></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="b2" attachedToRef="middle"><bpmn:errorEventDefinition errorRef="err" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="fb2" sourceRef="b2" targetRef="end" />
            """);

        Assert.Equal("b2", Parse(xml).Single(DiagnosticCodes.DuplicateCatcher).ElementId);
    }

    [Fact(DisplayName = "An exact-code and a catch-all error boundary on one host are fine")]
    public void Exact_and_catch_all_are_accepted()
    {
        var xml = WithBoundary(
            "<bpmn:userTask id=\"middle\" />",
            """
            <bpmn:boundaryEvent id="b1" attachedToRef="middle"><bpmn:errorEventDefinition errorRef="err" camunda:errorCodeVariable="code" camunda:errorMessageVariable="reason" /></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="b2" attachedToRef="middle"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="fb2" sourceRef="b2" targetRef="end" />
            """);

        Parse(xml).AssertNoErrors();
    }

    [Fact(DisplayName = "A message without a name and an unresolved messageRef are BPMN404 and BPMN014")]
    public void Message_references_are_checked()
    {
        var result = Parse(Linear("<bpmn:receiveTask id=\"middle\" messageRef=\"missing\" />", rootElements: Roots + "<bpmn:message id=\"nameless\" />"));

        Assert.Equal("nameless", result.Single(DiagnosticCodes.InvalidMessage).ElementId);
        Assert.Equal("middle", result.Single(DiagnosticCodes.UnresolvedReference).ElementId);
    }

    [Fact(DisplayName = "Two message start events with the same name in one file are BPMN404")]
    public void Duplicate_start_message_is_rejected()
    {
        var xml = Process(
            """
                <bpmn:startEvent id="s1"><bpmn:messageEventDefinition messageRef="msg" /></bpmn:startEvent>
                <bpmn:startEvent id="s2"><bpmn:messageEventDefinition messageRef="msg" /></bpmn:startEvent>
                <bpmn:sequenceFlow id="f1" sourceRef="s1" targetRef="end" />
                <bpmn:sequenceFlow id="f2" sourceRef="s2" targetRef="end" />
                <bpmn:endEvent id="end" />
            """,
            "<bpmn:message id=\"msg\" name=\"applicationFiled\" />");

        Assert.Equal("s2", Parse(xml).Single(DiagnosticCodes.InvalidMessage).ElementId);
    }

    [Fact(DisplayName = "An error end without errorCode is BPMN405; an escalation throw without code is BPMN406")]
    public void Throws_need_codes()
    {
        var xml = Process(
            """
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="throw" />
                <bpmn:intermediateThrowEvent id="throw"><bpmn:escalationEventDefinition /></bpmn:intermediateThrowEvent>
                <bpmn:sequenceFlow id="f2" sourceRef="throw" targetRef="end" />
                <bpmn:endEvent id="end"><bpmn:errorEventDefinition errorRef="errNoCode" /></bpmn:endEvent>
            """,
            Roots);

        var result = Parse(xml);

        Assert.Equal("throw", result.Single(DiagnosticCodes.EscalationWithoutCode).ElementId);
        Assert.Equal("end", result.Single(DiagnosticCodes.ErrorWithoutCode).ElementId);
    }
}
