using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Expressions;

/// <summary>One buffered variable write of a script (R64).</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The converted value (R79).</param>
/// <param name="Local">True for <c>setVariableLocal</c>.</param>
internal sealed record ScriptWrite(string Name, JsonElement Value, bool Local);
