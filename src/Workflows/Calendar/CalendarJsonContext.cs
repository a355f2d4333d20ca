using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Calendar;

/// <summary>Source-generated serialisation of year files.</summary>
/// <remarks>
/// Unknown members are rejected so that a misspelt key (say <c>makeUpWorkdays</c>) fails the load instead of silently
/// dropping working days; nullable annotations are enforced so a <c>null</c> where a value is required is an error too.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(CalendarYearDocument))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext;
