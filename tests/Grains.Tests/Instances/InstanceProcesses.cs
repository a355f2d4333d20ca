using System.Globalization;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Small executable BPMN files for instance tests, each under a fresh key so tests sharing the cluster never meet.</summary>
public static class InstanceProcesses
{
    private static int _next;

    public static string NewKey() => "case_" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..6];

    /// <summary>start → Task_1 → end.</summary>
    public static string OneTask(string key, string taskAttributes = "") => File(
        key,
        Start(),
        Flow("f1", "start", "Task_1"),
        UserTask("Task_1", taskAttributes),
        Flow("f2", "Task_1", "end"),
        End("end"));

    /// <summary>start → Task_1 → Task_2 → end: completing Task_1 twice must yield one Task_2.</summary>
    public static string TwoTasks(string key) => File(
        key,
        Start(),
        Flow("f1", "start", "Task_1"),
        UserTask("Task_1"),
        Flow("f2", "Task_1", "Task_2"),
        UserTask("Task_2"),
        Flow("f3", "Task_2", "end"),
        End("end"));

    /// <summary>start → fork → (Task_A, Task_B) → join → end.</summary>
    public static string Parallel(string key) => File(
        key,
        Start(),
        Flow("f1", "start", "fork"),
        "<bpmn:parallelGateway id=\"fork\" />",
        Flow("fa", "fork", "Task_A"),
        Flow("fb", "fork", "Task_B"),
        UserTask("Task_A"),
        UserTask("Task_B"),
        Flow("fa2", "Task_A", "join"),
        Flow("fb2", "Task_B", "join"),
        "<bpmn:parallelGateway id=\"join\" />",
        Flow("f2", "join", "end"),
        End("end"));

    /// <summary>start → Task_1 → end, with an interrupting PT1H boundary timer leading to Escalate → end_escalated.</summary>
    public static string BoundaryTimer(string key) => File(
        key,
        Start(),
        Flow("f1", "start", "Task_1"),
        UserTask("Task_1"),
        Flow("f2", "Task_1", "end"),
        End("end"),
        "<bpmn:boundaryEvent id=\"Overdue\" attachedToRef=\"Task_1\" cancelActivity=\"true\"><bpmn:timerEventDefinition>"
        + "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>",
        Flow("f3", "Overdue", "Escalate"),
        UserTask("Escalate"),
        Flow("f4", "Escalate", "end_escalated"),
        End("end_escalated"));

    /// <summary>start → service task on <paramref name="topic"/> → Task_1 → end.</summary>
    public static string ServiceThenTask(string key, string topic) => File(
        key,
        Start(),
        Flow("f1", "start", "Service_1"),
        $"<bpmn:serviceTask id=\"Service_1\" name=\"Service_1\" camunda:type=\"external\" camunda:topic=\"{topic}\" />",
        Flow("f2", "Service_1", "Task_1"),
        UserTask("Task_1"),
        Flow("f3", "Task_1", "end"),
        End("end"));

    /// <summary>
    /// start → subprocess <c>Inner</c> with the local <c>label</c> = "inner", holding a service task on
    /// <paramref name="topic"/> whose input mapping <c>note</c> reads that local → Task_1 → end.
    /// </summary>
    public static string ServiceInSubprocess(string key, string topic) => File(
        key,
        Start(),
        Flow("f1", "start", "Inner"),
        "<bpmn:subProcess id=\"Inner\"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"label\">inner</camunda:inputParameter>"
            + "</camunda:inputOutput></bpmn:extensionElements>"
            + "<bpmn:startEvent id=\"inner_start\" />"
            + "<bpmn:sequenceFlow id=\"e1\" sourceRef=\"inner_start\" targetRef=\"Service_1\" />"
            + $"<bpmn:serviceTask id=\"Service_1\" camunda:type=\"external\" camunda:topic=\"{topic}\"><bpmn:extensionElements><camunda:inputOutput>"
            + "<camunda:inputParameter name=\"note\">${'seen ' + label}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>"
            + "<bpmn:sequenceFlow id=\"e2\" sourceRef=\"Service_1\" targetRef=\"inner_end\" />"
            + "<bpmn:endEvent id=\"inner_end\" /></bpmn:subProcess>",
        Flow("f2", "Inner", "Task_1"),
        UserTask("Task_1"),
        Flow("f3", "Task_1", "end"),
        End("end"));

    /// <summary>A timer start event <c>tick</c> with the given timer → Task_1 → end; no none start.</summary>
    public static string TimerStart(string key, string type, string value, string taskName = "Task_1") => File(
        key,
        $"<bpmn:startEvent id=\"tick\"><bpmn:timerEventDefinition><bpmn:{type} xsi:type=\"bpmn:tFormalExpression\">{value}</bpmn:{type}></bpmn:timerEventDefinition></bpmn:startEvent>",
        Flow("f1", "tick", "Task_1"),
        $"<bpmn:userTask id=\"Task_1\" name=\"{taskName}\" camunda:candidateGroups=\"caseworker\" />",
        Flow("f2", "Task_1", "end"),
        End("end"));

    /// <summary>start → Call (calls <paramref name="childKey"/>, passing <c>applicant</c>, taking back <c>grade</c>) → After → end,
    /// with a PT1H interrupting boundary timer on the call leading to Late → end_late.</summary>
    public static string CallsChild(string key, string childKey) => File(
        key,
        Start(),
        Flow("f1", "start", "Call"),
        $"<bpmn:callActivity id=\"Call\" calledElement=\"{childKey}\"><bpmn:extensionElements>"
        + "<camunda:in source=\"applicant\" target=\"applicant\" /><camunda:out source=\"grade\" target=\"grade\" />"
        + "</bpmn:extensionElements></bpmn:callActivity>",
        Flow("f2", "Call", "After"),
        UserTask("After"),
        Flow("f3", "After", "end"),
        End("end"),
        LateBranch("Call", "PT1H"));

    /// <summary>
    /// start → Review (parallel over <c>reviewers</c>, assigned to each, collecting <c>opinion</c> into <c>opinions</c>,
    /// with a P7D interrupting boundary timer to Late) → After → end.
    /// </summary>
    public static string ParallelReview(string key) => File(
        key,
        Start(),
        Flow("f1", "start", "Review"),
        "<bpmn:userTask id=\"Review\" name=\"Review\" camunda:assignee=\"${reviewer}\"><bpmn:extensionElements><camunda:properties>"
        + "<camunda:property name=\"caseflow.outputCollection\" value=\"opinions\" /><camunda:property name=\"caseflow.outputElement\" value=\"${opinion}\" />"
        + "</camunda:properties></bpmn:extensionElements>"
        + "<bpmn:multiInstanceLoopCharacteristics camunda:collection=\"reviewers\" camunda:elementVariable=\"reviewer\" /></bpmn:userTask>",
        Flow("f2", "Review", "After"),
        UserTask("After"),
        Flow("f3", "After", "end"),
        End("end"),
        LateBranch("Review", "P7D"));

    /// <summary>start → Visit (sequential <c>caseflow.record-visit</c> over <c>villages</c> as <c>village</c>) → After → end.</summary>
    public static string SequentialVisits(string key) => File(
        key,
        Start(),
        Flow("f1", "start", "Visit"),
        "<bpmn:serviceTask id=\"Visit\" camunda:type=\"external\" camunda:topic=\"caseflow.record-visit\">"
        + "<bpmn:multiInstanceLoopCharacteristics isSequential=\"true\" camunda:collection=\"${villages}\" camunda:elementVariable=\"village\" /></bpmn:serviceTask>",
        Flow("f2", "Visit", "After"),
        UserTask("After"),
        Flow("f3", "After", "end"),
        End("end"));

    /// <summary>
    /// start → Task_1 (assigned to <c>${owner}</c>; a P3D timeout listener <c>caseflow.remind</c> repeating daily twice more;
    /// an assignment listener <c>caseflow.remind</c> with mode <c>${mode}</c>; a complete script listener requiring
    /// <c>checked</c>) → end.
    /// </summary>
    public static string WithListeners(string key) => File(
        key,
        Start(),
        Flow("f1", "start", "Task_1"),
        "<bpmn:userTask id=\"Task_1\" name=\"Task_1\" camunda:assignee=\"${owner}\"><bpmn:extensionElements>"
        + "<camunda:taskListener event=\"timeout\" id=\"chase\" class=\"caseflow.remind\"><bpmn:timerEventDefinition>"
        + "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R3/P3D</bpmn:timeCycle></bpmn:timerEventDefinition></camunda:taskListener>"
        + "<camunda:taskListener event=\"assignment\" class=\"caseflow.remind\"><camunda:field name=\"mode\"><camunda:expression>${mode}</camunda:expression></camunda:field></camunda:taskListener>"
        + "<camunda:taskListener event=\"complete\"><camunda:script scriptFormat=\"javascript\">if (checked !== true) { throw new Error('not checked'); }</camunda:script></camunda:taskListener>"
        + "</bpmn:extensionElements></bpmn:userTask>",
        Flow("f2", "Task_1", "end"),
        End("end"));

    /// <summary>start → Review → end, or Reject → an error end throwing <c>REJECTED</c> (when <c>reject</c> is true).</summary>
    public static string ThrowsWhenRejected(string key) => FileWithRejection(
        key,
        Start(),
        Flow("f1", "start", "Review"),
        UserTask("Review"),
        Flow("f2", "Review", "decide"),
        "<bpmn:exclusiveGateway id=\"decide\" default=\"f3\" />",
        Flow("f3", "decide", "end"),
        "<bpmn:sequenceFlow id=\"f4\" sourceRef=\"decide\" targetRef=\"fail\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${reject}</bpmn:conditionExpression></bpmn:sequenceFlow>",
        End("end"),
        "<bpmn:endEvent id=\"fail\"><bpmn:errorEventDefinition errorRef=\"Rejected\" /></bpmn:endEvent>");

    /// <summary>start → Call (calls <paramref name="childKey"/>) → After → end, with an error boundary catching
    /// <c>REJECTED</c> on the call leading to Redo → end_redo.</summary>
    public static string CallsChildCatchingRejection(string key, string childKey) => FileWithRejection(
        key,
        Start(),
        Flow("f1", "start", "Call"),
        $"<bpmn:callActivity id=\"Call\" calledElement=\"{childKey}\" />",
        Flow("f2", "Call", "After"),
        UserTask("After"),
        Flow("f3", "After", "end"),
        End("end"),
        "<bpmn:boundaryEvent id=\"Failed\" attachedToRef=\"Call\"><bpmn:errorEventDefinition errorRef=\"Rejected\" /></bpmn:boundaryEvent>",
        Flow("f4", "Failed", "Redo"),
        UserTask("Redo"),
        Flow("f5", "Redo", "end_redo"),
        End("end_redo"));

    /// <summary>start → Review → an intermediate throw of <c>NEED_HELP</c> → Finish → end.</summary>
    public static string EscalatesAfterReview(string key) => FileWithHelp(
        key,
        Start(),
        Flow("f1", "start", "Review"),
        UserTask("Review"),
        Flow("f2", "Review", "AskHelp"),
        "<bpmn:intermediateThrowEvent id=\"AskHelp\"><bpmn:escalationEventDefinition escalationRef=\"NeedHelp\" /></bpmn:intermediateThrowEvent>",
        Flow("f3", "AskHelp", "Finish"),
        UserTask("Finish"),
        Flow("f4", "Finish", "end"),
        End("end"));

    /// <summary>start → Review → an escalation end throwing <c>NEED_HELP</c>: the child ends in the step that escalates.</summary>
    public static string EscalatesAtEnd(string key) => FileWithHelp(
        key,
        Start(),
        Flow("f1", "start", "Review"),
        UserTask("Review"),
        Flow("f2", "Review", "AskHelp"),
        "<bpmn:endEvent id=\"AskHelp\"><bpmn:escalationEventDefinition escalationRef=\"NeedHelp\" /></bpmn:endEvent>");

    /// <summary>start → Call (calls <paramref name="childKey"/>) → After → end, with an escalation boundary catching
    /// <c>NEED_HELP</c> on the call (into <c>helpCode</c>) leading to Help → end_help.</summary>
    public static string CallsChildCatchingHelp(string key, string childKey, bool interrupting) => FileWithHelp(
        key,
        Start(),
        Flow("f1", "start", "Call"),
        $"<bpmn:callActivity id=\"Call\" calledElement=\"{childKey}\" />",
        Flow("f2", "Call", "After"),
        UserTask("After"),
        Flow("f3", "After", "end"),
        End("end"),
        $"<bpmn:boundaryEvent id=\"Helped\" attachedToRef=\"Call\" cancelActivity=\"{(interrupting ? "true" : "false")}\">"
        + "<bpmn:escalationEventDefinition escalationRef=\"NeedHelp\" camunda:escalationCodeVariable=\"helpCode\" /></bpmn:boundaryEvent>",
        Flow("f4", "Helped", "Help"),
        UserTask("Help"),
        Flow("f5", "Help", "end_help"),
        End("end_help"));

    private static string Start() => "<bpmn:startEvent id=\"start\" />";

    private static string End(string id) => $"<bpmn:endEvent id=\"{id}\" />";

    /// <summary>An interrupting timer boundary <c>Timeout</c> on <paramref name="attachedTo"/> after <paramref name="duration"/>, leading to Late → end_late.</summary>
    private static string LateBranch(string attachedTo, string duration) => string.Join("\n    ",
        $"<bpmn:boundaryEvent id=\"Timeout\" attachedToRef=\"{attachedTo}\" cancelActivity=\"true\"><bpmn:timerEventDefinition>"
        + $"<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">{duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>",
        Flow("f4", "Timeout", "Late"),
        UserTask("Late"),
        Flow("f5", "Late", "end_late"),
        End("end_late"));

    private static string UserTask(string id, string attributes = "") =>
        $"<bpmn:userTask id=\"{id}\" name=\"{id}\" camunda:candidateGroups=\"caseworker\" {attributes} />";

    private static string Flow(string id, string from, string to) => $"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{from}\" targetRef=\"{to}\" />";

    private static string File(string key, params string[] elements) => Definitions(key, string.Empty, elements);

    /// <summary>As <see cref="File"/>, with the error <c>Rejected</c> (code <c>REJECTED</c>) declared beside the process.</summary>
    private static string FileWithRejection(string key, params string[] elements) =>
        Definitions(key, "  <bpmn:error id=\"Rejected\" errorCode=\"REJECTED\" />\n", elements);

    /// <summary>As <see cref="File"/>, with the escalation <c>NeedHelp</c> (code <c>NEED_HELP</c>) declared beside the process.</summary>
    private static string FileWithHelp(string key, params string[] elements) =>
        Definitions(key, "  <bpmn:escalation id=\"NeedHelp\" escalationCode=\"NEED_HELP\" />\n", elements);

    private static string Definitions(string key, string roots, string[] elements) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"Definitions_1\" targetNamespace=\"http://bpmn.io/schema/bpmn\">\n"
        + roots
        + $"  <bpmn:process id=\"{key}\" isExecutable=\"true\">\n    "
        + string.Join("\n    ", elements)
        + "\n  </bpmn:process>\n</bpmn:definitions>\n";
}
