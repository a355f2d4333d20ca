namespace CaseFlow.Grains.Tests.Instances;

/// <summary>BPMN files for the task-command tests.</summary>
public static class TaskProcesses
{
    /// <summary>start → Intake → Review (with a form, a P5D due date, returnable) → end.</summary>
    public static string IntakeThenReview(string key) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://example.org">
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Intake" />
            <bpmn:userTask id="Intake" name="Intake" camunda:candidateGroups="caseworker" />
            <bpmn:sequenceFlow id="f2" sourceRef="Intake" targetRef="Review" />
            <bpmn:userTask id="Review" name="Review" camunda:candidateGroups="caseworker" camunda:dueDate="P5D">
              <bpmn:extensionElements>
                <camunda:properties><camunda:property name="caseflow.return" value="Intake" /></camunda:properties>
                <camunda:formData>
                  <camunda:formField id="decision" label="Decision" type="enum">
                    <camunda:validation><camunda:constraint name="required" /></camunda:validation>
                    <camunda:value id="approve" name="Approve" />
                    <camunda:value id="reject" name="Reject" />
                  </camunda:formField>
                  <camunda:formField id="visits" label="Visits" type="long">
                    <camunda:validation><camunda:constraint name="min" config="0" /><camunda:constraint name="max" config="10" /></camunda:validation>
                  </camunda:formField>
                </camunda:formData>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f3" sourceRef="Review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
