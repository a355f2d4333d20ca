namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Inclusive gateways (R18–R22).</summary>
internal static partial class TestProcesses
{
    public static string Inclusive(string id, string? defaultFlow = null) =>
        $"<bpmn:inclusiveGateway id=\"{id}\" {(defaultFlow is null ? string.Empty : $"default=\"{defaultFlow}\"")} />";
}
