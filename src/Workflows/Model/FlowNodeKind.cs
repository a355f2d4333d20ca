namespace CaseFlow.Workflows.Model;

/// <summary>The Tier 1 flow node types (BPMN.md §1.2).</summary>
public enum FlowNodeKind
{
    StartEvent,
    EndEvent,
    IntermediateCatchEvent,
    IntermediateThrowEvent,
    BoundaryEvent,
    UserTask,
    ServiceTask,
    ScriptTask,
    ReceiveTask,
    CallActivity,
    SubProcess,
    Gateway,
}
