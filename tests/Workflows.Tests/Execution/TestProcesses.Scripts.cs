using System.Security;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Script tasks (R64).</summary>
internal static partial class TestProcesses
{
    public static string Script(string id, string source, string? resultVariable = null) =>
        $"<bpmn:scriptTask id=\"{id}\" scriptFormat=\"javascript\"{(resultVariable is null ? string.Empty : $" camunda:resultVariable=\"{resultVariable}\"")}>"
        + $"<bpmn:script>{SecurityElement.Escape(source)}</bpmn:script></bpmn:scriptTask>";
}
