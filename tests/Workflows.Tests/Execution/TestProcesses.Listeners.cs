using System.Security;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Task listeners (R58, R61).</summary>
internal static partial class TestProcesses
{
    /// <summary>A script task listener for <paramref name="eventName"/>.</summary>
    public static string ScriptListener(string eventName, string script) =>
        $"<camunda:taskListener event=\"{eventName}\"><camunda:script scriptFormat=\"javascript\">{SecurityElement.Escape(script)}</camunda:script></camunda:taskListener>";

    /// <summary>A timeout listener running <paramref name="script"/> on a timer of <paramref name="type"/> (timeDuration, timeCycle, timeDate).</summary>
    public static string TimeoutListener(string id, string type, string value, string script) =>
        $"<camunda:taskListener event=\"timeout\" id=\"{id}\"><camunda:script scriptFormat=\"javascript\">{SecurityElement.Escape(script)}</camunda:script>{TimerDefinition(type, value)}</camunda:taskListener>";

    /// <summary>A handler task listener with one expression field <c>note</c>.</summary>
    public static string HandlerListener(string eventName, string handler, string noteExpression) =>
        $"<camunda:taskListener event=\"{eventName}\" class=\"{handler}\"><camunda:field name=\"note\"><camunda:expression>{SecurityElement.Escape(noteExpression)}</camunda:expression></camunda:field>"
        + "<camunda:field name=\"kind\" stringValue=\"reminder\" /></camunda:taskListener>";

    /// <summary>Wraps listeners in <c>extensionElements</c>.</summary>
    public static string Listeners(params string[] listeners) =>
        $"<bpmn:extensionElements>{string.Concat(listeners)}</bpmn:extensionElements>";
}
