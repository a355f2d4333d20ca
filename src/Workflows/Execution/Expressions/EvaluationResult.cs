using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Expressions;

/// <summary>The converted value of an expression (R79), or why evaluation failed (R78).</summary>
/// <param name="Value">The value as JSON; a date-time is an ISO 8601 string with the zone's offset.</param>
/// <param name="Instant">Set when the result was a <c>Date</c>.</param>
/// <param name="Error">The JavaScript or limit message; null on success.</param>
/// <param name="IncidentType">The incident type for <paramref name="Error"/>: <c>ExpressionError</c> or <c>CalendarMissing</c>.</param>
internal sealed record EvaluationResult(JsonElement Value, DateTimeOffset? Instant, string? Error, string? IncidentType)
{
    public bool Succeeded => Error is null;

    public static EvaluationResult Fail(string error, string incidentType) => new(default, null, error, incidentType);

    public static EvaluationResult Of(JsonElement value, DateTimeOffset? instant = null) => new(value, instant, null, null);

    /// <summary>The value as a string for text attributes: null stays null, strings pass, other kinds use their JSON text.</summary>
    public string? AsText() => Value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => Value.GetString(),
        _ => Value.GetRawText(),
    };
}
