namespace CaseFlow.Workflows.Parsing;

/// <summary>Which <c>camunda:</c> attributes each element may carry (§2); every other one is BPMN203 (R88).</summary>
internal static class CamundaAttributes
{
    /// <summary>Savepoint attributes accepted on every flow node and the process.</summary>
    public static readonly IReadOnlySet<string> Async = Set("asyncBefore", "asyncAfter", "async", "exclusive", "jobPriority");

    private static readonly Dictionary<string, IReadOnlySet<string>> ByElement = new(StringComparer.Ordinal)
    {
        ["process"] = Set("versionTag", "candidateStarterGroups", "candidateStarterUsers", "isStartableInTasklist", "historyTimeToLive"),
        ["startEvent"] = Set("initiator", "formKey", "formRef", "formRefBinding", "formRefVersion"),
        ["userTask"] = Set(
            "assignee", "candidateUsers", "candidateGroups", "dueDate", "followUpDate", "priority",
            "formKey", "formRef", "formRefBinding", "formRefVersion"),
        ["serviceTask"] = Set("type", "topic", "taskPriority"),
        ["scriptTask"] = Set("resultVariable"),
        ["callActivity"] = Set("calledElementBinding", "calledElementVersion", "calledElementVersionTag"),
        ["multiInstanceLoopCharacteristics"] = Set("collection", "elementVariable", "asyncBefore", "asyncAfter", "async", "exclusive"),
        ["errorEventDefinition"] = Set("errorCodeVariable", "errorMessageVariable"),
        ["escalationEventDefinition"] = Set("escalationCodeVariable"),
        ["error"] = Set("errorMessage"),
    };

    /// <summary>Elements on which the savepoint attributes are accepted.</summary>
    private static readonly IReadOnlySet<string> AsyncElements = Set(
        "process", "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent",
        "userTask", "serviceTask", "scriptTask", "receiveTask", "callActivity", "subProcess",
        "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway");

    /// <summary>True when <paramref name="attribute"/> is a Tier 1 Camunda attribute of <paramref name="elementType"/>.</summary>
    public static bool IsAllowed(string elementType, string attribute) =>
        (ByElement.TryGetValue(elementType, out var allowed) && allowed.Contains(attribute))
        || (AsyncElements.Contains(elementType) && Async.Contains(attribute));

    /// <summary>A hint for attributes modelers commonly reach for, or null.</summary>
    public static string? Hint(string attribute) => attribute switch
    {
        "class" or "expression" or "delegateExpression" =>
            "service tasks run as camunda:type=\"external\" with a camunda:topic; caseflow. topics run registered handlers",
        "resource" => "scripts must be inline JavaScript",
        "calledElementTenantId" => "CaseFlow has no tenants",
        _ => null,
    };

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
