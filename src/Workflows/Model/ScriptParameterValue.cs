namespace CaseFlow.Workflows.Model;

/// <summary>A <c>camunda:script</c> value; its completion value becomes the parameter's value.</summary>
/// <param name="Script">The JavaScript source.</param>
public sealed record ScriptParameterValue(ScriptSource Script) : ParameterValue;
