using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Expressions;

/// <summary>What an expression sees: the visible variables (innermost wins) and the <c>execution</c> facts.</summary>
internal sealed record ExpressionScope(
    IReadOnlyDictionary<string, JsonElement> Variables,
    string InstanceId,
    string? BusinessKey,
    string ElementId);
