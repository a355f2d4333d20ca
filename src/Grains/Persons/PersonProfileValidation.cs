using CaseFlow.Grains.Contracts;

namespace CaseFlow.Grains.Persons;

/// <summary>The outcome of checking a draft: a profile and its parsed ID number, or every failed rule.</summary>
internal sealed record PersonProfileValidation(PersonProfile? Profile, ResidentIdNumber IdNumber, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Profile is not null;
}
