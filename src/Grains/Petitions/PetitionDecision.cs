using CaseFlow.Grains.Contracts;

namespace CaseFlow.Grains.Petitions;

/// <summary>The outcome of a petition rule: the next file and its timeline entry, or the refusal.</summary>
/// <param name="Next">The petition after the command; null when refused.</param>
/// <param name="Kind">The timeline event name, e.g. <c>petition.accepted</c>.</param>
/// <param name="Detail">Non-sensitive detail for the timeline (outcome, days), or null.</param>
/// <param name="Error">Why the command was refused.</param>
public sealed record PetitionDecision(PetitionFile? Next, string Kind, string? Detail, DomainError? Error)
{
    public static PetitionDecision Refuse(DomainError error) => new(null, string.Empty, null, error);

    public static PetitionDecision Change(PetitionFile next, string kind, string? detail = null) => new(next, kind, detail, null);
}
