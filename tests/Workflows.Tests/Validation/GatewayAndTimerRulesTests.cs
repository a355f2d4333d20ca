using CaseFlow.Workflows.Diagnostics;
using static CaseFlow.Workflows.Tests.Parsing.BpmnDocuments;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Conditions, defaults, event gateways and timers (BPMN302–306, BPMN401).</summary>
public sealed class GatewayAndTimerRulesTests
{
    private static string Gateway(string type, string extraAttributes = "", string condition = "${ok}") =>
        Process($"""
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="gw" />
                <bpmn:{type} id="gw" {extraAttributes} />
                <bpmn:sequenceFlow id="fa" sourceRef="gw" targetRef="a"><bpmn:conditionExpression>{condition}</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="fb" sourceRef="gw" targetRef="b" />
                <bpmn:endEvent id="a" />
                <bpmn:endEvent id="b" />
            """);

    [Fact(DisplayName = "R15a: a condition on a parallel gateway's outgoing flow fails the deploy with BPMN302")]
    public void R15a_condition_on_parallel_split_is_rejected()
    {
        var result = Parse(Gateway("parallelGateway"));

        var diagnostic = result.Single(DiagnosticCodes.ConditionNotAllowed);
        Assert.Equal("fa", diagnostic.ElementId);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.True(result.HasErrors);
    }

    [Fact(DisplayName = "Conditions on exclusive and inclusive gateways are fine")]
    public void Conditions_on_exclusive_and_inclusive_are_accepted()
    {
        Parse(Gateway("exclusiveGateway", "default=\"fb\"")).AssertNoErrors();
        Parse(Gateway("inclusiveGateway")).AssertNoErrors();
    }

    [Fact(DisplayName = "A condition on a default flow is warning BPMN302")]
    public void Condition_on_default_is_a_warning()
    {
        var diagnostic = Parse(Gateway("exclusiveGateway", "default=\"fa\"")).Single(DiagnosticCodes.ConditionNotAllowed);

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact(DisplayName = "A condition that is not one expression is BPMN301")]
    public void Condition_must_be_one_expression() =>
        Assert.Equal("fa", Parse(Gateway("exclusiveGateway", condition: "approved")).Single(DiagnosticCodes.InvalidExpression).ElementId);

    [Fact(DisplayName = "A default naming another element's flow is BPMN303; a default on a parallel gateway too")]
    public void Bad_defaults_are_rejected()
    {
        var foreign = Gateway("exclusiveGateway", "default=\"f0\"");

        Assert.Equal("gw", Parse(foreign).Single(DiagnosticCodes.InvalidDefaultFlow).ElementId);
        Assert.Contains(DiagnosticCodes.InvalidDefaultFlow, Parse(Gateway("parallelGateway", "default=\"fb\"", condition: "${x}")).Codes());
    }

    [Fact(DisplayName = "An event-based gateway with one target, or a task target, is BPMN401")]
    public void Invalid_event_gateway_is_rejected()
    {
        var xml = Process("""
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="gw" />
                <bpmn:eventBasedGateway id="gw" />
                <bpmn:sequenceFlow id="fa" sourceRef="gw" targetRef="task" />
                <bpmn:userTask id="task" />
                <bpmn:sequenceFlow id="fb" sourceRef="task" targetRef="end" />
                <bpmn:endEvent id="end" />
            """);

        var codes = Parse(xml).Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidEventGateway).ToList();

        Assert.Equal(2, codes.Count);
        Assert.All(codes, d => Assert.Equal("gw", d.ElementId));
    }

    [Fact(DisplayName = "A valid event-based gateway with a message and a timer target parses")]
    public void Valid_event_gateway_is_accepted()
    {
        var xml = Process(
            """
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="gw" />
                <bpmn:eventBasedGateway id="gw" />
                <bpmn:sequenceFlow id="fa" sourceRef="gw" targetRef="msg" />
                <bpmn:sequenceFlow id="fb" sourceRef="gw" targetRef="timer" />
                <bpmn:intermediateCatchEvent id="msg"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="timer"><bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="fc" sourceRef="msg" targetRef="end" />
                <bpmn:sequenceFlow id="fd" sourceRef="timer" targetRef="end" />
                <bpmn:endEvent id="end" />
            """,
            "<bpmn:message id=\"m\" name=\"documentsReceived\" />");

        Parse(xml).AssertNoErrors();
    }

    private static string BoundaryTimer(string cancelActivity, string timer) =>
        Linear(
            "<bpmn:userTask id=\"middle\" />",
            $"""
                <bpmn:boundaryEvent id="bt" attachedToRef="middle" cancelActivity="{cancelActivity}"><bpmn:timerEventDefinition>{timer}</bpmn:timerEventDefinition></bpmn:boundaryEvent>
                <bpmn:sequenceFlow id="fbt" sourceRef="bt" targetRef="end" />
            """);

    [Fact(DisplayName = "R36a: an interrupting boundary timer with a timeCycle fails the deploy with BPMN305")]
    public void R36a_interrupting_cycle_is_rejected()
    {
        var result = Parse(BoundaryTimer("true", "<bpmn:timeCycle>R3/PT10H</bpmn:timeCycle>"));

        Assert.Equal("bt", result.Single(DiagnosticCodes.CycleNotAllowed).ElementId);
        Assert.True(result.HasErrors);
    }

    [Fact(DisplayName = "A non-interrupting boundary cycle is accepted")]
    public void Non_interrupting_cycle_is_accepted() =>
        Parse(BoundaryTimer("false", "<bpmn:timeCycle>R3/PT10H</bpmn:timeCycle>")).AssertNoErrors();

    [Theory(DisplayName = "Invalid timer literals, cron and missing or several values are BPMN304")]
    [InlineData("<bpmn:timeDuration>3 days</bpmn:timeDuration>")]
    [InlineData("<bpmn:timeDuration>-P1D</bpmn:timeDuration>")]
    [InlineData("<bpmn:timeDate>2026-02-30T09:00:00+08:00</bpmn:timeDate>")]
    [InlineData("<bpmn:timeCycle>0 0 9 * * ?</bpmn:timeCycle>")]
    [InlineData("")]
    [InlineData("<bpmn:timeDuration>PT1H</bpmn:timeDuration><bpmn:timeDate>2026-05-01T09:00:00Z</bpmn:timeDate>")]
    public void Invalid_timers_are_rejected(string timer)
    {
        var result = Parse(BoundaryTimer("false", timer));

        Assert.Equal("bt", result.Single(DiagnosticCodes.InvalidTimer).ElementId);
    }

    [Fact(DisplayName = "R29b: a literal timeDate without offset is warning BPMN306")]
    public void Time_date_without_offset_is_a_warning()
    {
        var result = Parse(BoundaryTimer("true", "<bpmn:timeDate>2026-05-01T09:00:00</bpmn:timeDate>"));

        result.AssertNoErrors();
        Assert.Equal(DiagnosticSeverity.Warning, result.Single(DiagnosticCodes.TimeDateWithoutOffset).Severity);
    }

    [Fact(DisplayName = "A timer expression is syntax-checked (BPMN301) but not evaluated")]
    public void Timer_expressions_are_checked()
    {
        Parse(BoundaryTimer("true", "<bpmn:timeDate>${addWorkdays(now(), 3)}</bpmn:timeDate>")).AssertNoErrors();
        Assert.Contains(DiagnosticCodes.InvalidExpression, Parse(BoundaryTimer("true", "<bpmn:timeDate>${addWorkdays(now(), }</bpmn:timeDate>")).Codes());
    }
}
