using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts;

/// <summary>A refused command or query, returned across the grain boundary instead of thrown.</summary>
/// <remarks>
/// A result value rather than an exception: it keeps expected refusals out of Orleans' exception path (which logs
/// and wraps), and the API can map it to a status without catching. Messages never contain submitted values,
/// because they may be ID numbers or phones.
/// </remarks>
/// <param name="Code">A <see cref="DomainErrorCodes"/> value.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Field">The field the error is about, when there is exactly one.</param>
/// <param name="ExistingPersonId">For <see cref="DomainErrorCodes.IdDuplicate"/>: the person that holds the number.</param>
/// <param name="Errors">Every failed rule; empty for errors that are not about input.</param>
[GenerateSerializer, Immutable, Alias("caseflow.domain-error")]
public sealed record DomainError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message,
    [property: Id(2)] string? Field,
    [property: Id(3)] string? ExistingPersonId,
    [property: Id(4)] ImmutableArray<FieldError> Errors)
{
    public static DomainError Simple(string code, string message, string? field = null) =>
        new(code, message, field, null, field is null ? [] : [new FieldError(field, code, message)]);

    /// <summary>
    /// One error for a set of failed rules: the rule's own code when only one failed, otherwise
    /// <see cref="DomainErrorCodes.ValidationFailed"/>, so a caller can still branch on a single cause.
    /// </summary>
    public static DomainError Validation(IReadOnlyCollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 1)
        {
            var only = errors.First();
            return new DomainError(only.Code, only.Message, only.Field, null, [only]);
        }

        return new DomainError(DomainErrorCodes.ValidationFailed, "Some fields are not valid.", null, null, [.. errors]);
    }
}
