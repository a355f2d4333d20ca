namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>The one way to read a person's full ID number, for callers holding <c>pii:reveal</c>.</summary>
/// <remarks>
/// Implemented by the person grain, but kept apart from <see cref="IPersonGrain"/> so that the case-file interface
/// never carries an unmasked value; the API audits each call before it answers (DOMAIN.md §8.2 "Reveal").
/// </remarks>
[Alias("caseflow.IPersonRevealGrain")]
public interface IPersonRevealGrain : IGrainWithStringKey
{
    /// <summary>The full ID number with the jurisdiction needed to check the caller, or PersonNotFound.</summary>
    [Alias("reveal-id-number")]
    Task<PersonRevealResult> RevealIdNumberAsync();
}
