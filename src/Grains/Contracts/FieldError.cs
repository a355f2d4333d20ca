namespace CaseFlow.Grains.Contracts;

/// <summary>One failed rule on one input field.</summary>
/// <param name="Field">The field's JSON name (camelCase, dotted for nested fields such as <c>guardian.name</c>).</param>
/// <param name="Code">A <see cref="DomainErrorCodes"/> value.</param>
/// <param name="Message">A sentence for people; never contains the submitted value.</param>
[GenerateSerializer, Immutable, Alias("caseflow.field-error")]
public sealed record FieldError(
    [property: Id(0)] string Field,
    [property: Id(1)] string Code,
    [property: Id(2)] string Message);
