using CaseFlow.Workflows.Parsing;

namespace CaseFlow.Grains.Processes;

/// <summary>The parser options of this installation, shared by the API's validation and the grain's re-check.</summary>
/// <remarks>One instance for both so that a file the API accepts is a file the grain accepts.</remarks>
public static class ProcessParsing
{
    public static BpmnParserOptions Options { get; } = new()
    {
        RegisteredHandlers = new HashSet<string>(CaseFlowTopics.All, StringComparer.Ordinal),
        RegisteredListeners = new HashSet<string>([Instances.Listeners.RemindListenerHandler.HandlerName], StringComparer.Ordinal),
    };
}
