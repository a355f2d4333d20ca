using System.Collections.Immutable;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>The outcome of a case-file rule: the next file and its history entry, or the refusal.</summary>
/// <param name="Next">The file after the command; null when refused, or unchanged when <paramref name="Changes"/> is empty.</param>
/// <param name="Kind">The <see cref="CaseEventKinds"/>-style event name written to history.</param>
/// <param name="Changes">What changed, with sensitive values masked; empty means nothing to write.</param>
/// <param name="Error">Why the command was refused; null when it was accepted.</param>
public sealed record CaseFileDecision(PersonCaseFile? Next, string Kind, ImmutableArray<FieldChange> Changes, DomainError? Error)
{
    public static CaseFileDecision Refuse(DomainError error) => new(null, string.Empty, [], error);

    public static CaseFileDecision Refuse(CaseFileChecks checks) => Refuse(DomainError.Validation(checks.Errors));

    public static CaseFileDecision Change(PersonCaseFile next, string kind, params FieldChange[] changes) => new(next, kind, [.. changes], null);
}
