namespace CaseFlow.Grains.Tests.Instances;

/// <summary>BPMN files for the SLA ladder tests.</summary>
public static class SlaProcesses
{
    /// <summary>
    /// start → Visit (due in 4 days, warning 1 day before, reminders every day up to 3, climbing every 2) → Check (no
    /// deadline) → end; <paramref name="pause"/> is the <c>caseflow.sla.pause</c> value of Visit.
    /// </summary>
    public static string Ladder(string key, string pause = "allowed", string groups = "caseworker", string warnSupervisor = "false") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://example.org">
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Visit" />
            <bpmn:userTask id="Visit" name="Visit" camunda:candidateGroups="{groups}" camunda:dueDate="P4D">
              <bpmn:extensionElements>
                <camunda:properties>
                  <camunda:property name="caseflow.sla.warning" value="1" />
                  <camunda:property name="caseflow.sla.repeatEvery" value="1" />
                  <camunda:property name="caseflow.sla.repeatMax" value="3" />
                  <camunda:property name="caseflow.sla.climbEvery" value="2" />
                  <camunda:property name="caseflow.sla.pause" value="{pause}" />
                  <camunda:property name="caseflow.sla.warnSupervisor" value="{warnSupervisor}" />
                </camunda:properties>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="Visit" targetRef="Check" />
            <bpmn:userTask id="Check" name="Check" camunda:candidateGroups="caseworker" />
            <bpmn:sequenceFlow id="f3" sourceRef="Check" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
