using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>One entry of a person's append-only case history, written in the same state write as the change.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>Seq</c>: 1-based position in the person's history; never reused.</item>
/// <item><c>Actor</c>: Who issued the command.</item>
/// <item><c>Kind</c>: A <see cref="CaseEventKinds"/> value.</item>
/// <item><c>Changes</c>: The fields the command changed, with masked values for ID numbers and phones.</item>
/// </list>
/// </remarks>
[GenerateSerializer, Immutable, Alias("caseflow.case-event")]
public sealed record CaseEvent(
    [property: Id(0)] long Seq,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Kind,
    [property: Id(4)] ImmutableArray<FieldChange> Changes);
