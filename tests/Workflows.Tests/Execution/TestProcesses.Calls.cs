namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Call activities (R45–R47).</summary>
internal static partial class TestProcesses
{
    public static string Call(string id, string calledElement, string mappings = "", string attributes = "") =>
        $"<bpmn:callActivity id=\"{id}\" calledElement=\"{calledElement}\" {attributes}><bpmn:extensionElements>{mappings}</bpmn:extensionElements></bpmn:callActivity>";
}
