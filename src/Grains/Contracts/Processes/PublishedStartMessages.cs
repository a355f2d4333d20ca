using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>What another key's publish needs to know about this key (R81): its latest published version and its message start names.</summary>
/// <param name="PublishedVersion">The latest published version; null when no version is published (or none is deployed).</param>
/// <param name="StartMessageNames">The literal message start names of that version (R54); empty when it has none.</param>
[GenerateSerializer, Immutable, Alias("caseflow.published-start-messages")]
public sealed record PublishedStartMessages(
    [property: Id(0)] int? PublishedVersion,
    [property: Id(1)] ImmutableArray<string> StartMessageNames)
{
    public static PublishedStartMessages NotPublished { get; } = new(null, []);
}
