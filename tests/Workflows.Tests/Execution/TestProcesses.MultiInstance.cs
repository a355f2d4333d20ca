using System.Security;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Multi-instance characteristics (R48–R51).</summary>
internal static partial class TestProcesses
{
    /// <summary><c>multiInstanceLoopCharacteristics</c> over <paramref name="collection"/> with element variable <c>reviewer</c>.</summary>
    public static string OverReviewers(bool sequential = false, string collection = "reviewers", string? completion = null) =>
        $"<bpmn:multiInstanceLoopCharacteristics isSequential=\"{(sequential ? "true" : "false")}\" camunda:collection=\"{SecurityElement.Escape(collection)}\" camunda:elementVariable=\"reviewer\">"
        + (completion is null ? string.Empty : $"<bpmn:completionCondition xsi:type=\"bpmn:tFormalExpression\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">{SecurityElement.Escape(completion)}</bpmn:completionCondition>")
        + "</bpmn:multiInstanceLoopCharacteristics>";

    /// <summary><c>multiInstanceLoopCharacteristics</c> with a <c>loopCardinality</c>.</summary>
    public static string Times(string cardinality, bool sequential = false) =>
        $"<bpmn:multiInstanceLoopCharacteristics isSequential=\"{(sequential ? "true" : "false")}\"><bpmn:loopCardinality>{SecurityElement.Escape(cardinality)}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>";

    /// <summary><c>caseflow.outputCollection</c> and <c>caseflow.outputElement</c> as Camunda properties.</summary>
    public static string OutputCollection(string name, string element) =>
        "<bpmn:extensionElements><camunda:properties>"
        + $"<camunda:property name=\"caseflow.outputCollection\" value=\"{name}\" />"
        + $"<camunda:property name=\"caseflow.outputElement\" value=\"{SecurityElement.Escape(element)}\" />"
        + "</camunda:properties></bpmn:extensionElements>";
}
