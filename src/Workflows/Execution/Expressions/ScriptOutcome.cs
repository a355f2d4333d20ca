using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Expressions;

/// <summary>How a script task's script ended (R64).</summary>
/// <param name="Result">The completion value, converted per R79; default when the script did not end normally.</param>
/// <param name="Writes">The buffered <c>setVariable</c>/<c>setVariableLocal</c> calls in call order.</param>
/// <param name="ErrorCode">Set when the script ended by <c>bpmnError</c>.</param>
/// <param name="ErrorMessage">The <c>bpmnError</c> message, if any.</param>
/// <param name="Failure">The JavaScript or limit message when the script failed otherwise.</param>
/// <param name="IncidentType"><c>ScriptError</c>, <c>ScriptTimeout</c> or <c>CalendarMissing</c> with <paramref name="Failure"/>.</param>
internal sealed record ScriptOutcome(
    JsonElement Result,
    ImmutableList<ScriptWrite> Writes,
    string? ErrorCode,
    string? ErrorMessage,
    string? Failure,
    string? IncidentType)
{
    public static ScriptOutcome Failed(string failure, string incidentType) => new(default, [], null, null, failure, incidentType);
}
