using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Parsing;
using static CaseFlow.Workflows.Tests.Parsing.BpmnDocuments;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>User, service and call activities, multi-instance, forms, mappings and properties (BPMN206–207, 307, 501–506).</summary>
public sealed class ActivityRulesTests
{
    [Fact(DisplayName = "R58a: an expression assignee and literal known roles parse; an unknown literal role fails with BPMN506")]
    public void R58a_unknown_literal_role_fails_the_deploy()
    {
        var valid = Parse(Linear("<bpmn:userTask id=\"middle\" camunda:assignee=\"${starter}\" camunda:candidateGroups=\"caseworker, supervisor\" />"));
        var unknown = Parse(Linear("<bpmn:userTask id=\"middle\" camunda:assignee=\"${starter}\" camunda:candidateGroups=\"caseworker,treasurer\" />"));
        var dynamic = Parse(Linear("<bpmn:userTask id=\"middle\" camunda:candidateGroups=\"${reviewRoles}\" />"));

        valid.AssertNoErrors();
        var task = Assert.IsType<UserTask>(valid.Processes[0].GetNode("middle"));
        Assert.Equal("${starter}", task.Assignee);
        Assert.Equal("caseworker, supervisor", task.CandidateGroups);
        var diagnostic = unknown.Single(DiagnosticCodes.UnknownRole);
        Assert.Equal("middle", diagnostic.ElementId);
        Assert.Contains("treasurer", diagnostic.Message, StringComparison.Ordinal);
        dynamic.AssertNoErrors();
    }

    [Fact(DisplayName = "The known roles come from the options")]
    public void Roles_come_from_options()
    {
        var options = new BpmnParserOptions { KnownRoles = new HashSet<string>(["treasurer"], StringComparer.Ordinal) };

        Parse(Linear("<bpmn:userTask id=\"middle\" camunda:candidateGroups=\"treasurer\" />"), options).AssertNoErrors();
    }

    [Theory(DisplayName = "Invalid literal priority, due date, task priority and retry cycle are BPMN307")]
    [InlineData("<bpmn:userTask id=\"middle\" camunda:priority=\"101\" />")]
    [InlineData("<bpmn:userTask id=\"middle\" camunda:dueDate=\"next week\" />")]
    [InlineData("<bpmn:serviceTask id=\"middle\" camunda:type=\"external\" camunda:topic=\"t\" camunda:taskPriority=\"high\" />")]
    [InlineData("<bpmn:serviceTask id=\"middle\" camunda:type=\"external\" camunda:topic=\"t\"><bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R0/PT1M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements></bpmn:serviceTask>")]
    [InlineData("<bpmn:callActivity id=\"middle\" calledElement=\"child\" camunda:calledElementBinding=\"version\" camunda:calledElementVersion=\"latest\" />")]
    public void Invalid_literals_are_rejected(string middle) =>
        Assert.Contains(DiagnosticCodes.InvalidLiteralValue, Parse(Linear(middle)).Codes());

    [Fact(DisplayName = "A caseflow. topic without a registered handler is BPMN206; registered, it parses")]
    public void Caseflow_topics_need_handlers()
    {
        var xml = Linear("<bpmn:serviceTask id=\"middle\" camunda:type=\"external\" camunda:topic=\"caseflow.sendSms\" />");

        Assert.Equal("middle", Parse(xml).Single(DiagnosticCodes.UnregisteredHandler).ElementId);
        Parse(xml, new BpmnParserOptions { RegisteredHandlers = new HashSet<string>(["caseflow.sendSms"], StringComparer.Ordinal) }).AssertNoErrors();
    }

    [Fact(DisplayName = "A listener handler must be registered (BPMN206); a timeout listener keeps its timer")]
    public void Listener_handlers_need_registration()
    {
        var xml = Linear("""
            <bpmn:userTask id="middle">
              <bpmn:extensionElements>
                <camunda:taskListener class="caseflow.remind" event="timeout" id="remind">
                  <camunda:field name="template" stringValue="late" />
                  <bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition>
                </camunda:taskListener>
                <camunda:taskListener event="create"><camunda:script scriptFormat="javascript">task.priority = 70;</camunda:script></camunda:taskListener>
              </bpmn:extensionElements>
            </bpmn:userTask>
            """);
        var registered = new BpmnParserOptions { RegisteredListeners = new HashSet<string>(["caseflow.remind"], StringComparer.Ordinal) };

        Assert.Contains(DiagnosticCodes.UnregisteredHandler, Parse(xml).Codes());
        var result = Parse(xml, registered);
        result.AssertNoErrors();
        var listeners = Assert.IsType<UserTask>(result.Processes[0].GetNode("middle")).TaskListeners;
        Assert.Equal("caseflow.remind", listeners[0].HandlerName);
        Assert.Equal("P3D", listeners[0].Timeout!.Text);
        Assert.Equal(new ListenerField("template", "late", false), Assert.Single(listeners[0].Fields));
        Assert.Equal("task.priority = 70;", listeners[1].Script!.Text);
    }

    [Fact(DisplayName = "An unknown caseflow. property is BPMN207; caseflow.return on a user task is fine")]
    public void Reserved_properties_are_checked()
    {
        var typo = Linear("<bpmn:userTask id=\"middle\"><bpmn:extensionElements><camunda:properties><camunda:property name=\"caseflow.retrun\" value=\"none\" /></camunda:properties></bpmn:extensionElements></bpmn:userTask>");
        var valid = Linear("<bpmn:userTask id=\"middle\"><bpmn:extensionElements><camunda:properties><camunda:property name=\"caseflow.return\" value=\"none\" /><camunda:property name=\"caseflow.sla.warningLead\" value=\"P1D\" /></camunda:properties></bpmn:extensionElements></bpmn:userTask>");

        Assert.Equal("middle", Parse(typo).Single(DiagnosticCodes.UnknownReservedProperty).ElementId);
        Parse(valid).AssertNoErrors();
    }

    [Theory(DisplayName = "Invalid call activities are BPMN501")]
    [InlineData("<bpmn:callActivity id=\"middle\" />")]
    [InlineData("<bpmn:callActivity id=\"middle\" calledElement=\"child\" camunda:calledElementBinding=\"newest\" />")]
    [InlineData("<bpmn:callActivity id=\"middle\" calledElement=\"child\" camunda:calledElementBinding=\"versionTag\" />")]
    [InlineData("<bpmn:callActivity id=\"middle\" calledElement=\"child\"><bpmn:extensionElements><camunda:in source=\"a\" /></bpmn:extensionElements></bpmn:callActivity>")]
    public void Invalid_call_activities_are_rejected(string middle) =>
        Assert.Contains(DiagnosticCodes.InvalidCallActivity, Parse(Linear(middle)).Codes());

    [Fact(DisplayName = "A call activity with bindings and mappings parses into the model")]
    public void Call_activity_is_modelled()
    {
        var result = Parse(Linear("""
            <bpmn:callActivity id="middle" calledElement="assessment" camunda:calledElementBinding="versionTag" camunda:calledElementVersionTag="2025.1">
              <bpmn:extensionElements>
                <camunda:in businessKey="#{execution.processBusinessKey}" />
                <camunda:in source="applicant" target="person" />
                <camunda:in sourceExpression="${grade + 1}" target="level" />
                <camunda:out variables="all" />
              </bpmn:extensionElements>
            </bpmn:callActivity>
            """));

        result.AssertNoErrors();
        var call = Assert.IsType<CallActivity>(result.Processes[0].GetNode("middle"));
        Assert.Equal("versionTag", call.Binding);
        Assert.Equal(3, call.Inputs.Count);
        Assert.Equal("person", call.Inputs[1].Target);
        Assert.True(Assert.Single(call.Outputs).AllVariables);
    }

    [Theory(DisplayName = "Invalid multi-instance characteristics are BPMN502")]
    [InlineData("<bpmn:multiInstanceLoopCharacteristics />")]
    [InlineData("<bpmn:multiInstanceLoopCharacteristics camunda:collection=\"${reviewers}\"><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>")]
    [InlineData("<bpmn:multiInstanceLoopCharacteristics camunda:elementVariable=\"reviewer\"><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>")]
    [InlineData("<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>three</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>")]
    public void Invalid_multi_instance_is_rejected(string loop) =>
        Assert.Contains(DiagnosticCodes.InvalidMultiInstance, Parse(Linear($"<bpmn:userTask id=\"middle\">{loop}</bpmn:userTask>")).Codes());

    [Fact(DisplayName = "A parallel multi-instance over a collection with an output collection parses")]
    public void Multi_instance_is_modelled()
    {
        var result = Parse(Linear("""
            <bpmn:userTask id="middle" camunda:assignee="${reviewer}">
              <bpmn:extensionElements>
                <camunda:properties>
                  <camunda:property name="caseflow.outputCollection" value="opinions" />
                  <camunda:property name="caseflow.outputElement" value="${opinion}" />
                </camunda:properties>
              </bpmn:extensionElements>
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="reviewers" camunda:elementVariable="reviewer">
                <bpmn:completionCondition xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${nrOfCompletedInstances/nrOfInstances &gt;= 0.6}</bpmn:completionCondition>
              </bpmn:multiInstanceLoopCharacteristics>
            </bpmn:userTask>
            """));

        result.AssertNoErrors();
        var multiInstance = Assert.IsType<UserTask>(result.Processes[0].GetNode("middle")).MultiInstance!;
        Assert.False(multiInstance.IsSequential);
        Assert.Equal("reviewers", multiInstance.Collection);
        Assert.Equal("${nrOfCompletedInstances/nrOfInstances >= 0.6}", multiInstance.CompletionCondition);
    }

    [Theory(DisplayName = "Invalid forms are BPMN503")]
    [InlineData("<bpmn:userTask id=\"middle\" camunda:formKey=\"a\" camunda:formRef=\"b\" />")]
    [InlineData("<bpmn:userTask id=\"middle\" camunda:formRef=\"b\" camunda:formRefBinding=\"newest\" />")]
    [InlineData("<bpmn:userTask id=\"middle\"><bpmn:extensionElements><camunda:formData><camunda:formField id=\"x\" type=\"decimal\" /></camunda:formData></bpmn:extensionElements></bpmn:userTask>")]
    [InlineData("<bpmn:userTask id=\"middle\"><bpmn:extensionElements><camunda:formData><camunda:formField id=\"x\" type=\"enum\" /></camunda:formData></bpmn:extensionElements></bpmn:userTask>")]
    [InlineData("<bpmn:userTask id=\"middle\"><bpmn:extensionElements><camunda:formData><camunda:formField id=\"x\" type=\"string\"><camunda:validation><camunda:constraint name=\"pattern\" config=\"a+\" /></camunda:validation></camunda:formField></camunda:formData></bpmn:extensionElements></bpmn:userTask>")]
    public void Invalid_forms_are_rejected(string middle) =>
        Assert.Contains(DiagnosticCodes.InvalidForm, Parse(Linear(middle)).Codes());

    [Fact(DisplayName = "A deployment-bound formRef missing from the deployment is BPMN503")]
    public void Unresolved_form_is_rejected()
    {
        var xml = Linear("<bpmn:userTask id=\"middle\" camunda:formRef=\"review-form\" camunda:formRefBinding=\"deployment\" />");

        Assert.Contains(DiagnosticCodes.InvalidForm, Parse(xml, new BpmnParserOptions { DeployedFormIds = new HashSet<string>(StringComparer.Ordinal) }).Codes());
        Parse(xml, new BpmnParserOptions { DeployedFormIds = new HashSet<string>(["review-form"], StringComparer.Ordinal) }).AssertNoErrors();
    }

    [Fact(DisplayName = "Input mappings on a gateway are BPMN504")]
    public void Mapping_on_gateway_is_rejected()
    {
        var xml = Linear("<bpmn:exclusiveGateway id=\"middle\"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"a\">1</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:exclusiveGateway>");

        Assert.Equal("middle", Parse(xml).Single(DiagnosticCodes.MappingNotAllowed).ElementId);
    }

    [Theory(DisplayName = "Reserved or malformed variable names are BPMN505")]
    [InlineData("<bpmn:scriptTask id=\"middle\" scriptFormat=\"javascript\" camunda:resultVariable=\"class\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>")]
    [InlineData("<bpmn:userTask id=\"middle\"><bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name=\"now\">${1}</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>")]
    [InlineData("<bpmn:userTask id=\"middle\"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"my-var\">x</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>")]
    public void Invalid_variable_names_are_rejected(string middle) =>
        Assert.Contains(DiagnosticCodes.InvalidVariableName, Parse(Linear(middle)).Codes());

    [Fact(DisplayName = "Input/output parameters keep text, list, map and script values")]
    public void Parameters_are_modelled()
    {
        var result = Parse(Linear("""
            <bpmn:userTask id="middle">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="greeting">Dear ${name}</camunda:inputParameter>
                  <camunda:inputParameter name="blank" />
                  <camunda:inputParameter name="config">
                    <camunda:map><camunda:entry key="limit">${3}</camunda:entry><camunda:entry key="tags"><camunda:list><camunda:value>a</camunda:value></camunda:list></camunda:entry></camunda:map>
                  </camunda:inputParameter>
                  <camunda:outputParameter name="total"><camunda:script scriptFormat="JavaScript">a + b</camunda:script></camunda:outputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:userTask>
            """));

        result.AssertNoErrors();
        var mapping = result.Processes[0].GetNode("middle").InputOutput;
        Assert.True(Assert.IsType<TextParameterValue>(mapping.Inputs[0].Value).IsExpression);
        Assert.Same(NullParameterValue.Instance, mapping.Inputs[1].Value);
        var map = Assert.IsType<MapParameterValue>(mapping.Inputs[2].Value);
        Assert.Equal(["limit", "tags"], map.Entries.Select(e => e.Key));
        Assert.IsType<ListParameterValue>(map.Entries[1].Value);
        Assert.Equal("a + b", Assert.IsType<ScriptParameterValue>(Assert.Single(mapping.Outputs).Value).Script.Text);
    }

    [Fact(DisplayName = "Script and expression syntax errors are BPMN301 with the element id")]
    public void Expression_errors_name_the_element()
    {
        var script = Parse(Linear("<bpmn:scriptTask id=\"middle\" scriptFormat=\"javascript\"><bpmn:script>var x = ;</bpmn:script></bpmn:scriptTask>"));
        var bean = Parse(Linear("<bpmn:userTask id=\"middle\" camunda:assignee=\"${userService.pick()}\" />"));

        Assert.Equal("middle", script.Single(DiagnosticCodes.InvalidExpression).ElementId);
        Assert.Contains("pick", bean.Single(DiagnosticCodes.InvalidExpression).Message, StringComparison.Ordinal);
    }
}
