using CaseFlow.Workflows.Diagnostics;
using static CaseFlow.Workflows.Tests.Parsing.BpmnDocuments;

namespace CaseFlow.Workflows.Tests.Parsing;

/// <summary>R88: everything outside Tier 1 and the documentation elements is reported, never ignored.</summary>
public sealed class UnsupportedConstructTests
{
    [Fact(DisplayName = "R88a: a complex gateway is BPMN201 naming its id, type and line")]
    public void R88a_complex_gateway_is_rejected()
    {
        var result = Parse(Linear("<bpmn:complexGateway id=\"middle\" />"));

        var diagnostic = result.Single(DiagnosticCodes.UnsupportedElement);
        Assert.Equal("middle", diagnostic.ElementId);
        Assert.Equal("complexGateway", diagnostic.ElementType);
        Assert.True(diagnostic.Line > 0);
        Assert.Contains("complexGateway", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(result.HasErrors);
    }

    [Fact(DisplayName = "R88b: a service task with camunda:class is BPMN203")]
    public void R88b_service_task_class_is_rejected()
    {
        var result = Parse(Linear("<bpmn:serviceTask id=\"middle\" camunda:class=\"org.example.Delegate\" />"));

        var diagnostic = result.Single(DiagnosticCodes.UnsupportedExtension);
        Assert.Equal("middle", diagnostic.ElementId);
        Assert.Contains("camunda:class", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "Unsupported flow nodes are BPMN201")]
    [InlineData("<bpmn:task id=\"middle\" />")]
    [InlineData("<bpmn:manualTask id=\"middle\" />")]
    [InlineData("<bpmn:sendTask id=\"middle\" />")]
    [InlineData("<bpmn:businessRuleTask id=\"middle\" />")]
    [InlineData("<bpmn:transaction id=\"middle\" />")]
    [InlineData("<bpmn:intermediateThrowEvent id=\"middle\" />")]
    [InlineData("<bpmn:intermediateThrowEvent id=\"middle\"><bpmn:messageEventDefinition /></bpmn:intermediateThrowEvent>")]
    [InlineData("<bpmn:intermediateCatchEvent id=\"middle\"><bpmn:conditionalEventDefinition /></bpmn:intermediateCatchEvent>")]
    [InlineData("<bpmn:intermediateCatchEvent id=\"middle\"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition><bpmn:messageEventDefinition messageRef=\"m\" /></bpmn:intermediateCatchEvent>")]
    public void Unsupported_flow_nodes_are_rejected(string middle)
    {
        Assert.Contains(DiagnosticCodes.UnsupportedElement, Parse(Linear(middle, rootElements: "<bpmn:message id=\"m\" name=\"m\"/>")).Codes());
    }

    [Fact(DisplayName = "A message end event is BPMN201")]
    public void Message_end_is_rejected()
    {
        var xml = Process("""
            <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" />
            <bpmn:endEvent id="e"><bpmn:messageEventDefinition messageRef="m" /></bpmn:endEvent>
            """, "<bpmn:message id=\"m\" name=\"m\"/>");

        Assert.Equal("e", Parse(xml).Single(DiagnosticCodes.UnsupportedElement).ElementId);
    }

    [Theory(DisplayName = "Tier 2 constructs are BPMN202")]
    [InlineData("<bpmn:intermediateCatchEvent id=\"middle\"><bpmn:signalEventDefinition /></bpmn:intermediateCatchEvent>")]
    [InlineData("<bpmn:intermediateThrowEvent id=\"middle\"><bpmn:linkEventDefinition name=\"l\" /></bpmn:intermediateThrowEvent>")]
    [InlineData("<bpmn:subProcess id=\"middle\" triggeredByEvent=\"true\" />")]
    [InlineData("<bpmn:userTask id=\"middle\" isForCompensation=\"true\" />")]
    public void Tier_two_constructs_are_reported(string middle)
    {
        Assert.Contains(DiagnosticCodes.TierTwoElement, Parse(Linear(middle)).Codes());
    }

    [Fact(DisplayName = "A non-JavaScript script is BPMN204")]
    public void Groovy_script_is_rejected()
    {
        var result = Parse(Linear("<bpmn:scriptTask id=\"middle\" scriptFormat=\"groovy\"><bpmn:script>x = 1</bpmn:script></bpmn:scriptTask>"));

        Assert.Equal("middle", result.Single(DiagnosticCodes.UnsupportedScriptFormat).ElementId);
    }

    [Fact(DisplayName = "An external script resource is BPMN203")]
    public void Script_resource_is_rejected()
    {
        var result = Parse(Linear("<bpmn:scriptTask id=\"middle\" scriptFormat=\"javascript\" camunda:resource=\"deployment://a.js\" />"));

        Assert.Contains(DiagnosticCodes.UnsupportedExtension, result.Codes());
    }

    [Fact(DisplayName = "A standard loop is BPMN205; multi-instance on an event is BPMN205")]
    public void Unsupported_loops_are_rejected()
    {
        var standard = Parse(Linear("<bpmn:userTask id=\"middle\"><bpmn:standardLoopCharacteristics /></bpmn:userTask>"));
        var onEvent = Parse(Linear("<bpmn:intermediateCatchEvent id=\"middle\"><bpmn:multiInstanceLoopCharacteristics /><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"));

        Assert.Contains(DiagnosticCodes.UnsupportedLoop, standard.Codes());
        Assert.Contains(DiagnosticCodes.UnsupportedLoop, onEvent.Codes());
    }

    [Theory(DisplayName = "Rejected Camunda extensions are BPMN203")]
    [InlineData("<bpmn:userTask id=\"middle\"><bpmn:extensionElements><camunda:executionListener event=\"start\" class=\"X\" /></bpmn:extensionElements></bpmn:userTask>")]
    [InlineData("<bpmn:serviceTask id=\"middle\" camunda:type=\"external\" camunda:topic=\"t\"><bpmn:extensionElements><camunda:field name=\"a\" stringValue=\"b\" /></bpmn:extensionElements></bpmn:serviceTask>")]
    [InlineData("<bpmn:serviceTask id=\"middle\" camunda:expression=\"${bean.run()}\" />")]
    [InlineData("<bpmn:callActivity id=\"middle\" calledElement=\"child\" camunda:calledElementTenantId=\"t1\" />")]
    [InlineData("<bpmn:userTask id=\"middle\" camunda:topic=\"x\" />")]
    [InlineData("<bpmn:userTask id=\"middle\"><bpmn:extensionElements><camunda:taskListener event=\"create\" expression=\"${x}\" /></bpmn:extensionElements></bpmn:userTask>")]
    [InlineData("<bpmn:serviceTask id=\"middle\" />")]
    public void Rejected_camunda_extensions_are_reported(string middle)
    {
        Assert.Contains(DiagnosticCodes.UnsupportedExtension, Parse(Linear(middle)).Codes());
    }

    [Fact(DisplayName = "Operaton and Activiti prefixes are read as Camunda")]
    public void Camunda_aliases_are_read()
    {
        var xml = Linear("<bpmn:userTask id=\"middle\" xmlns:operaton=\"http://operaton.org/schema/1.0/bpmn\" operaton:assignee=\"demo\" />");

        var result = Parse(xml);

        result.AssertNoErrors();
        Assert.Equal("demo", Assert.IsType<Model.UserTask>(result.Processes[0].GetNode("middle")).Assignee);
    }

    [Fact(DisplayName = "A foreign element inside extensionElements is an info (BPMN208); foreign attributes are ignored")]
    public void Foreign_extension_elements_are_an_info()
    {
        var xml = Linear("""
            <bpmn:userTask id="middle" xmlns:acme="urn:acme" acme:colour="red">
              <bpmn:extensionElements><acme:hint>x</acme:hint></bpmn:extensionElements>
            </bpmn:userTask>
            """);

        var result = Parse(xml);

        result.AssertNoErrors();
        var diagnostic = result.Single(DiagnosticCodes.ForeignExtensionIgnored);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
    }

    [Fact(DisplayName = "Collaboration, lanes, annotations and data objects are accepted as documentation")]
    public void Documentation_elements_are_accepted()
    {
        var xml = Process(
            """
                <bpmn:laneSet id="ls"><bpmn:lane id="lane1"><bpmn:flowNodeRef>start</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
                <bpmn:dataObjectReference id="dor" dataObjectRef="do" /><bpmn:dataObject id="do" />
                <bpmn:startEvent id="start"><bpmn:documentation>begin</bpmn:documentation></bpmn:startEvent>
                <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="end" />
                <bpmn:endEvent id="end" />
                <bpmn:textAnnotation id="ta"><bpmn:text>note</bpmn:text></bpmn:textAnnotation>
                <bpmn:association id="as" sourceRef="start" targetRef="ta" />
            """,
            "<bpmn:collaboration id=\"c\"><bpmn:participant id=\"pa\" processRef=\"p\" /></bpmn:collaboration>");

        var result = Parse(xml);

        result.AssertNoErrors();
        Assert.Empty(result.Diagnostics);
    }
}
