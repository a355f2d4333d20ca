using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>One <c>camunda:formField</c> as the client renders and the server validates it.</summary>
/// <param name="Id">The field id, which is also the variable name.</param>
/// <param name="Label">The label.</param>
/// <param name="Type"><c>string</c>, <c>long</c>, <c>boolean</c>, <c>date</c> or <c>enum</c>.</param>
/// <param name="DefaultValue">The default as written in the model (an expression stays unevaluated).</param>
/// <param name="Required">The <c>required</c> constraint.</param>
/// <param name="ReadOnly">The <c>readonly</c> constraint: shown, never submitted.</param>
/// <param name="MinLength">The <c>minlength</c> constraint of a string.</param>
/// <param name="MaxLength">The <c>maxlength</c> constraint of a string.</param>
/// <param name="Min">The <c>min</c> constraint of a long.</param>
/// <param name="Max">The <c>max</c> constraint of a long.</param>
/// <param name="Options">The values of an enum field, in model order.</param>
/// <param name="DatePattern">A display hint for dates; values travel as ISO 8601.</param>
[GenerateSerializer, Immutable, Alias("caseflow.task-form-field-view")]
public sealed record TaskFormFieldView(
    [property: Id(0)] string Id,
    [property: Id(1)] string? Label,
    [property: Id(2)] string Type,
    [property: Id(3)] string? DefaultValue,
    [property: Id(4)] bool Required,
    [property: Id(5)] bool ReadOnly,
    [property: Id(6)] long? MinLength,
    [property: Id(7)] long? MaxLength,
    [property: Id(8)] long? Min,
    [property: Id(9)] long? Max,
    [property: Id(10)] ImmutableArray<TaskFormOptionView> Options,
    [property: Id(11)] string? DatePattern);
