using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/visits</c>: the visit and the problems it found.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record RecordVisitRequest(
    DateOnly? VisitedOn,
    VisitKind? Kind,
    VisitMode? Mode,
    VisitOutcome? Outcome,
    VisitorTier? VisitorTier,
    string? Campaign,
    string? Note,
    ImmutableArray<ProblemInput>? Problems)
{
    public RecordVisit ToCommand(string actor, int expected) => new(actor, expected, VisitedOn, Kind, Mode, Outcome, VisitorTier, Campaign, Note, Problems ?? []);
}
